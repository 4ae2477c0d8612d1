// The demo clinic's week: appointments from two days ago to four days ahead (today's list is the
// fullest) and prescriptions in every state. Days are offsets from the seed's today; patients are
// named as in demo-patients-data.ts and staff by username. Today's statuses show the clinic at
// mid-morning whatever the clock's hour, so the same day always seeds the same list.
import type { components } from "#openapi";

type Schemas = components["schemas"];

export type DemoAppointment = {
  patient: string;
  day: number;
  time: string;
  type: string;
  provider: string;
  status: Schemas["AppointmentStatus"];
  source?: "manual" | "ai";
};

export type DemoPrescription = {
  patient: string;
  medication: string;
  dose: string;
  frequency: string;
  prescriber: string;
  prescribed: number;
  start: number | null;
  end: number | null;
  status: Schemas["PrescriptionStatus"];
  duration: string | null;
  notes: string | null;
  source?: "manual" | "ai";
};

/** Appointments, in the order the front desk booked them. */
export const DEMO_APPOINTMENTS: DemoAppointment[] = [
  { patient: "Omar Farouk", day: -2, time: "10:00", type: "Follow-up", provider: "leila", status: "completed" },
  { patient: "Ama Owusu", day: -1, time: "09:30", type: "Asthma review", provider: "kwame", status: "completed" },
  { patient: "Peter Novak", day: -1, time: "15:00", type: "Consultation", provider: "amina", status: "cancelled" },
  { patient: "Yusuf Adebayo", day: 0, time: "08:30", type: "Follow-up", provider: "leila", status: "completed" },
  { patient: "Mariam Saleh", day: 0, time: "09:15", type: "Asthma review", provider: "leila", status: "checked-in" },
  { patient: "Liam O'Connor", day: 0, time: "10:00", type: "Medication review", provider: "kwame", status: "confirmed" },
  { patient: "Chiamaka Eze", day: 0, time: "11:30", type: "New patient", provider: "amina", status: "confirmed" },
  { patient: "Fatima Al-Sayed", day: 0, time: "14:00", type: "Antenatal check", provider: "amina", status: "confirmed" },
  { patient: "Zainab Lawal", day: 0, time: "15:30", type: "Vaccination", provider: "kwame", status: "confirmed" },
  { patient: "Hannah Lindqvist", day: 1, time: "09:00", type: "Lab review", provider: "leila", status: "confirmed" },
  { patient: "Mateo García", day: 1, time: "16:00", type: "Diabetes review", provider: "kwame", status: "confirmed", source: "ai" },
  { patient: "Esther Nwosu", day: 2, time: "11:00", type: "Post-discharge review", provider: "leila", status: "confirmed" },
  { patient: "Nia Johnson", day: 3, time: "10:30", type: "Follow-up", provider: "kwame", status: "confirmed" },
  { patient: "Peter Novak", day: 4, time: "08:45", type: "Follow-up", provider: "amina", status: "confirmed" },
];

/** Prescriptions: current ones, finished courses and lapsed ones awaiting renewal. */
export const DEMO_PRESCRIPTIONS: DemoPrescription[] = [
  {
    patient: "Liam O'Connor", medication: "Methylphenidate", dose: "18 mg", frequency: "Once daily (morning)", prescriber: "kwame",
    prescribed: -40, start: -40, end: -10, status: "expired", duration: "30 days", notes: "Renewal due at today's review.",
  },
  {
    patient: "Peter Novak", medication: "Ibuprofen", dose: "400 mg", frequency: "Three times daily with food", prescriber: "amina",
    prescribed: -40, start: -40, end: -26, status: "expired", duration: "14 days", notes: null,
  },
  {
    patient: "Nia Johnson", medication: "Hydrocortisone 1% cream", dose: "Thin layer", frequency: "Twice daily", prescriber: "kwame",
    prescribed: -45, start: -45, end: -31, status: "completed", duration: "14 days", notes: "Elbows only; then emollients.",
  },
  {
    patient: "Mariam Saleh", medication: "Budesonide/formoterol", dose: "200/6 mcg", frequency: "Two puffs twice daily", prescriber: "leila",
    prescribed: -30, start: -30, end: null, status: "active", duration: null, notes: "Rinse mouth after use.",
  },
  {
    patient: "Esther Nwosu", medication: "Amoxicillin", dose: "500 mg", frequency: "Three times daily", prescriber: "leila",
    prescribed: -21, start: -21, end: -14, status: "completed", duration: "7 days", notes: null,
  },
  {
    patient: "Mateo García", medication: "Insulin glargine", dose: "18 units", frequency: "Once daily at night", prescriber: "kwame",
    prescribed: -20, start: -20, end: null, status: "active", duration: null, notes: "Reduced from 20 units after two lows.", source: "ai",
  },
  {
    patient: "Yusuf Adebayo", medication: "Metformin", dose: "1000 mg", frequency: "Twice daily", prescriber: "leila",
    prescribed: -14, start: -14, end: null, status: "active", duration: "90 days", notes: "Take with meals.",
  },
  {
    patient: "Yusuf Adebayo", medication: "Amlodipine", dose: "5 mg", frequency: "Once daily", prescriber: "leila",
    prescribed: -14, start: -14, end: null, status: "active", duration: "90 days", notes: null,
  },
  {
    patient: "Fatima Al-Sayed", medication: "Ferrous sulfate", dose: "200 mg", frequency: "Once daily", prescriber: "amina",
    prescribed: -7, start: -7, end: null, status: "active", duration: "3 months", notes: "Take with orange juice, not with tea.",
  },
  {
    patient: "Kofi Antwi", medication: "Furosemide", dose: "40 mg", frequency: "Once daily (morning)", prescriber: "leila",
    prescribed: -3, start: -3, end: null, status: "active", duration: null, notes: "Check potassium in 48 hours.",
  },
  {
    patient: "Ama Owusu", medication: "Salbutamol inhaler", dose: "100 mcg", frequency: "Two puffs as needed", prescriber: "kwame",
    prescribed: -1, start: -1, end: null, status: "active", duration: null, notes: "Use with a spacer.",
  },
];
