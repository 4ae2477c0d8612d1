// The named states contracts ask for, and the pieces to build new ones.
export { defineState } from "./state.ts";
export type { State, World } from "./state.ts";
export { setupRequest } from "#targets/setup-request";
export { signedInUser, signUpUser } from "./signed-in-user.ts";
export type { SignedInUser } from "./signed-in-user.ts";
export { addMember, clinicWithEveryRole, createClinic, joinClinic, setActive } from "./clinic-with-every-role.ts";
export type { Clinic, ClinicWithEveryRole } from "./clinic-with-every-role.ts";
