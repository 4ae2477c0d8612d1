// The demo clinic's patients: who they are, who looks after them, and what their records hold.
// Dates are days relative to the seed's today, so the records stay recent whenever the mock runs.
import type { patientFieldsOf } from "../services/patient-input.ts";

/** A patient as a clinician would send it to POST /api/patients. */
type PatientBody = Parameters<typeof patientFieldsOf>[0];

export type DemoPatient = PatientBody & {
  /** The username of the primary provider (pcp and primaryProviderId follow), or null for none yet. */
  provider: string | null;
  /** The username of who registered the patient, when not the provider; reception registers demographics only. */
  registeredBy?: string;
};

/** The demo's patients, in registration order (file numbers follow it from 10000). */
export function demoPatients(day: (offset: number) => string): DemoPatient[] {
  const leila = "Dr. Leila Haddad";
  const kwame = "Dr. Kwame Asante";
  const amina = "Dr. Amina Yusuf";
  return [
    {
      provider: "leila", name: "Yusuf Adebayo", age: 62, sex: "M", phone: "+234 803 555 0117", bloodType: "O+",
      allergies: [{ substance: "Penicillin", reaction: "Hives", severity: "moderate" }],
      medications: [{ name: "Metformin", dose: "1000 mg", frequency: "Twice daily" }, { name: "Amlodipine", dose: "5 mg", frequency: "Once daily" }],
      problems: [{ label: "Type 2 diabetes", since: "2016" }, { label: "Hypertension", since: "2019" }],
      vitals: { bp: "138/86", hr: "78", temp: "36.7", spo2: "97", takenAt: `${day(0)} 08:40` },
      vitalsTrend: { label: "Systolic BP", unit: "mmHg", points: [152, 146, 141, 138] },
      labTrend: { label: "HbA1c", unit: "%", points: [8.2, 7.6, 7.2] },
      labs: [{ name: "HbA1c", value: "7.2 %", flag: "high", takenAt: day(-3) }, { name: "Creatinine", value: "96 µmol/L", flag: "normal", takenAt: day(-3) }],
      encounters: [{ date: day(0), type: "Follow-up", provider: leila, summary: "Sugars improving; amlodipine continued." }, { date: day(-14), type: "Follow-up", provider: leila, summary: "HbA1c above target; metformin increased to 1000 mg." }],
    },
    {
      provider: "leila", name: "Mariam Saleh", age: 47, sex: "F", phone: "+234 805 555 0163", bloodType: "A+",
      allergies: [{ substance: "Aspirin", reaction: "Bronchospasm", severity: "severe" }], alerts: ["Aspirin-sensitive asthma"],
      medications: [{ name: "Budesonide/formoterol", dose: "200/6 mcg", frequency: "Two puffs twice daily" }, { name: "Salbutamol", dose: "100 mcg", frequency: "As needed" }],
      problems: [{ label: "Asthma", since: "2008" }],
      vitals: { bp: "124/78", hr: "88", temp: "36.9", spo2: "95", takenAt: `${day(0)} 09:20` },
      encounters: [{ date: day(-30), type: "Asthma review", provider: leila, summary: "Night symptoms twice a week; stepped up to budesonide/formoterol." }],
    },
    {
      provider: "leila", name: "Kofi Antwi", age: 71, sex: "M", status: "inpatient", phone: "+233 24 555 0188", bloodType: "B+",
      alerts: ["Fall risk"],
      medications: [{ name: "Furosemide", dose: "40 mg", frequency: "Once daily (morning)" }, { name: "Bisoprolol", dose: "2.5 mg", frequency: "Once daily" }],
      problems: [{ label: "Heart failure", since: "2021" }, { label: "Atrial fibrillation", since: "2021" }],
      vitals: { bp: "108/64", hr: "92", temp: "36.5", spo2: "93", takenAt: `${day(0)} 07:30` },
      vitalsTrend: { label: "Weight", unit: "kg", points: [84.1, 83.0, 82.6, 81.9] },
      labs: [{ name: "BNP", value: "1240 pg/mL", flag: "critical", takenAt: day(-1) }, { name: "Potassium", value: "3.3 mmol/L", flag: "low", takenAt: day(-1) }],
      encounters: [{ date: day(-3), type: "Admission", provider: leila, summary: "Admitted with breathlessness and ankle swelling; IV diuresis started." }],
    },
    {
      provider: "leila", name: "Hannah Lindqvist", age: 34, sex: "F", phone: "+234 809 555 0124", bloodType: "AB+",
      medications: [{ name: "Levothyroxine", dose: "75 mcg", frequency: "Once daily before breakfast" }],
      problems: [{ label: "Hypothyroidism", since: "2023" }],
      labTrend: { label: "TSH", unit: "mIU/L", points: [6.8, 3.9, 2.1] },
      labs: [{ name: "TSH", value: "2.1 mIU/L", flag: "normal", takenAt: day(-4) }],
      encounters: [{ date: day(-60), type: "Follow-up", provider: leila, summary: "Tired; TSH 3.9. Dose raised to 75 mcg." }],
    },
    {
      provider: "leila", name: "Omar Farouk", age: 55, sex: "M", phone: "+234 802 555 0190", bloodType: "O-",
      medications: [{ name: "Atorvastatin", dose: "20 mg", frequency: "Once daily at night" }],
      problems: [{ label: "Hyperlipidaemia", since: "2020" }],
      labTrend: { label: "LDL cholesterol", unit: "mmol/L", points: [4.6, 3.4, 2.8] },
      labs: [{ name: "LDL cholesterol", value: "2.8 mmol/L", flag: "high", takenAt: day(-9) }, { name: "ALT", value: "31 U/L", flag: "normal", takenAt: day(-9) }],
      encounters: [{ date: day(-2), type: "Follow-up", provider: leila, summary: "LDL down on atorvastatin; no muscle aches." }],
    },
    {
      provider: "leila", name: "Esther Nwosu", age: 68, sex: "F", status: "discharged", phone: "+234 806 555 0141", bloodType: "A-",
      allergies: [{ substance: "Sulfonamides", reaction: "Rash", severity: "mild" }],
      problems: [{ label: "Community-acquired pneumonia", since: day(-24) }],
      vitals: { bp: "130/80", hr: "74", temp: "36.6", spo2: "97", takenAt: day(-14) },
      encounters: [{ date: day(-14), type: "Discharge", provider: leila, summary: "Completed amoxicillin; chest clear. Review in two weeks." }, { date: day(-21), type: "Admission", provider: leila, summary: "Right lower lobe pneumonia." }],
    },
    {
      provider: "kwame", name: "Ama Owusu", age: 6, sex: "F", phone: "+233 20 555 0132", bloodType: "O+",
      allergies: [{ substance: "Peanuts", reaction: "Anaphylaxis", severity: "severe" }], alerts: ["Adrenaline auto-injector kept at school"],
      medications: [{ name: "Salbutamol", dose: "100 mcg", frequency: "Two puffs as needed" }],
      problems: [{ label: "Asthma", since: "2024" }, { label: "Peanut allergy", since: "2022" }],
      vitals: { bp: "", hr: "104", temp: "37.1", spo2: "97", takenAt: day(-1) },
      encounters: [{ date: day(-1), type: "Asthma review", provider: kwame, summary: "Wheeze after a cold; new spacer; action plan updated." }],
    },
    {
      provider: "kwame", name: "Liam O'Connor", age: 9, sex: "M", phone: "+234 808 555 0176",
      medications: [{ name: "Methylphenidate", dose: "18 mg", frequency: "Once daily (morning)" }],
      problems: [{ label: "ADHD", since: "2024" }],
      vitalsTrend: { label: "Weight", unit: "kg", points: [29.5, 29.8, 30.4] },
      encounters: [{ date: day(-40), type: "Medication review", provider: kwame, summary: "Doing better at school; appetite fine." }],
    },
    {
      provider: "kwame", name: "Zainab Lawal", age: 2, sex: "F", phone: "+234 803 555 0158", bloodType: "B+",
      vitalsTrend: { label: "Weight", unit: "kg", points: [9.8, 10.9, 11.6] },
      encounters: [{ date: day(-90), type: "Well-child check", provider: kwame, summary: "Growing along the 50th centile; vaccinations up to date." }],
    },
    {
      provider: "kwame", name: "Mateo García", age: 14, sex: "M", phone: "+234 807 555 0129", bloodType: "A+", source: "ai",
      alerts: ["Hypoglycaemia risk"],
      medications: [{ name: "Insulin glargine", dose: "18 units", frequency: "Once daily at night" }, { name: "Insulin aspart", dose: "Per carb ratio", frequency: "With meals" }],
      problems: [{ label: "Type 1 diabetes", since: "2021" }],
      labTrend: { label: "HbA1c", unit: "%", points: [9.1, 8.4, 7.8] },
      labs: [{ name: "HbA1c", value: "7.8 %", flag: "high", takenAt: day(-20) }, { name: "Glucose (random)", value: "3.6 mmol/L", flag: "low", takenAt: day(-6) }],
      encounters: [{ date: day(-20), type: "Diabetes review", provider: kwame, summary: "Two lows after football; glargine reduced to 18 units." }],
    },
    {
      provider: "kwame", name: "Nia Johnson", age: 11, sex: "F", phone: "+234 809 555 0113",
      allergies: [{ substance: "Eggs", reaction: "Eczema flare", severity: "mild" }],
      problems: [{ label: "Atopic eczema", since: "2019" }],
      encounters: [{ date: day(-45), type: "Consultation", provider: kwame, summary: "Flare on both elbows; two weeks of hydrocortisone 1%." }],
    },
    {
      provider: "amina", name: "Fatima Al-Sayed", age: 29, sex: "F", phone: "+234 805 555 0137", bloodType: "O+",
      alerts: ["Pregnant (24 weeks)"],
      medications: [{ name: "Folic acid", dose: "400 mcg", frequency: "Once daily" }, { name: "Ferrous sulfate", dose: "200 mg", frequency: "Once daily" }],
      problems: [{ label: "Iron-deficiency anaemia", since: day(-7) }],
      vitals: { bp: "112/70", hr: "84", temp: "36.8", spo2: "99", takenAt: day(-7) },
      labs: [{ name: "Haemoglobin", value: "10.2 g/dL", flag: "low", takenAt: day(-8) }, { name: "Ferritin", value: "9 µg/L", flag: "low", takenAt: day(-8) }],
      encounters: [{ date: day(-7), type: "Antenatal check", provider: amina, summary: "Low haemoglobin; iron started. Anomaly scan normal." }],
    },
    {
      provider: "amina", name: "Peter Novak", age: 45, sex: "M", phone: "+234 802 555 0166", bloodType: "A+",
      problems: [{ label: "Mechanical low back pain", since: day(-45) }],
      encounters: [{ date: day(-40), type: "Consultation", provider: amina, summary: "Lifting injury at work; no red flags. Ibuprofen and physiotherapy." }],
    },
    // A walk-in the front desk registered this morning: demographics only until a clinician sees her.
    { provider: null, registeredBy: "joseph", name: "Chiamaka Eze", age: 38, sex: "F", phone: "+234 806 555 0102" },
  ];
}
