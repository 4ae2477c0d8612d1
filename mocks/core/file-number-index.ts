// Each clinic's file numbers, kept beside the patients collection so the rules every create applies
// cost O(1) however large the clinic: who holds a number (D22) and the greatest all-digit number,
// from which the next one is assigned (D5). A database answers both from an index.

export type FileNumberIndex = {
  /** The id of the clinic's patient holding this number, if any. */
  holderOf(organizationId: string, fileNumber: string): string | undefined;
  /** The clinic's greatest all-digit file number, or undefined when it has none. */
  greatest(organizationId: string): bigint | undefined;
  add(organizationId: string, fileNumber: string, patientId: string): void;
  remove(organizationId: string, fileNumber: string): void;
  clear(): void;
};

type Clinic = { holders: Map<string, string>; greatest: bigint | undefined; stale: boolean };

const ALL_DIGITS = /^\d+$/;

/** An empty index. */
export function createFileNumberIndex(): FileNumberIndex {
  const clinics = new Map<string, Clinic>();
  const clinicOf = (organizationId: string): Clinic => {
    let clinic = clinics.get(organizationId);
    if (clinic === undefined) clinics.set(organizationId, (clinic = { holders: new Map(), greatest: undefined, stale: false }));
    return clinic;
  };
  return {
    holderOf: (organizationId, fileNumber) => clinics.get(organizationId)?.holders.get(fileNumber),
    greatest(organizationId) {
      const clinic = clinics.get(organizationId);
      if (clinic === undefined) return undefined;
      // Only removing the greatest number makes the cache stale: one scan then, none per create.
      if (clinic.stale) {
        clinic.greatest = undefined;
        for (const number of clinic.holders.keys()) if (ALL_DIGITS.test(number) && (clinic.greatest === undefined || BigInt(number) > clinic.greatest)) clinic.greatest = BigInt(number);
        clinic.stale = false;
      }
      return clinic.greatest;
    },
    add(organizationId, fileNumber, patientId) {
      const clinic = clinicOf(organizationId);
      clinic.holders.set(fileNumber, patientId);
      if (!clinic.stale && ALL_DIGITS.test(fileNumber) && (clinic.greatest === undefined || BigInt(fileNumber) > clinic.greatest)) clinic.greatest = BigInt(fileNumber);
    },
    remove(organizationId, fileNumber) {
      const clinic = clinics.get(organizationId);
      if (clinic === undefined || !clinic.holders.delete(fileNumber)) return;
      if (ALL_DIGITS.test(fileNumber) && BigInt(fileNumber) === clinic.greatest) clinic.stale = true;
    },
    clear: () => clinics.clear(),
  };
}
