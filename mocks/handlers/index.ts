// Every operation's handler, by operationId; tsc holds this list and the spec's operations together.
import type { OperationHandler } from "../core/call.ts";
import type { HandlerRegistry } from "./define-handler.ts";
import { changePassword } from "./auth/change-password.ts";
import { deleteUser } from "./auth/delete-user.ts";
import { forgetPassword } from "./auth/forget-password.ts";
import { getSession } from "./auth/get-session.ts";
import { isUsernameAvailable } from "./auth/is-username-available.ts";
import { listSessions } from "./auth/list-sessions.ts";
import { requestPasswordReset } from "./auth/request-password-reset.ts";
import { resetByUsername } from "./auth/reset-by-username.ts";
import { resetPassword } from "./auth/reset-password.ts";
import { resetPasswordCallback } from "./auth/reset-password-callback.ts";
import { revokeOtherSessions } from "./auth/revoke-other-sessions.ts";
import { revokeSession } from "./auth/revoke-session.ts";
import { revokeSessions } from "./auth/revoke-sessions.ts";
import { sendVerificationEmail } from "./auth/send-verification-email.ts";
import { signInEmail } from "./auth/sign-in-email.ts";
import { signInUsername } from "./auth/sign-in-username.ts";
import { signOut } from "./auth/sign-out.ts";
import { signUpEmail } from "./auth/sign-up-email.ts";
import { updateUser } from "./auth/update-user.ts";
import { verifyEmail } from "./auth/verify-email.ts";
import { acceptInvitation } from "./organization/accept-invitation.ts";
import { cancelInvitation } from "./organization/cancel-invitation.ts";
import { checkOrganizationSlug } from "./organization/check-organization-slug.ts";
import { createOrganization } from "./organization/create-organization.ts";
import { deleteOrganization } from "./organization/delete-organization.ts";
import { getActiveMember } from "./organization/get-active-member.ts";
import { getFullOrganization } from "./organization/get-full-organization.ts";
import { getInvitation } from "./organization/get-invitation.ts";
import { inviteMember } from "./organization/invite-member.ts";
import { leaveOrganization } from "./organization/leave-organization.ts";
import { listInvitations } from "./organization/list-invitations.ts";
import { listMembers } from "./organization/list-members.ts";
import { listOrganizations } from "./organization/list-organizations.ts";
import { listUserInvitations } from "./organization/list-user-invitations.ts";
import { rejectInvitation } from "./organization/reject-invitation.ts";
import { removeMember } from "./organization/remove-member.ts";
import { setActiveOrganization } from "./organization/set-active-organization.ts";
import { updateMemberRole } from "./organization/update-member-role.ts";
import { updateOrganization } from "./organization/update-organization.ts";
import { createAppointment } from "./appointments/create-appointment.ts";
import { deleteAppointment } from "./appointments/delete-appointment.ts";
import { listAppointments } from "./appointments/list-appointments.ts";
import { updateAppointment } from "./appointments/update-appointment.ts";
import { appendPatientLabs } from "./patients/append-patient-labs.ts";
import { createPatient } from "./patients/create-patient.ts";
import { deletePatient } from "./patients/delete-patient.ts";
import { deletePatientLabs } from "./patients/delete-patient-labs.ts";
import { getPatient } from "./patients/get-patient.ts";
import { listPatients } from "./patients/list-patients.ts";
import { transferPatient } from "./patients/transfer-patient.ts";
import { updatePatient } from "./patients/update-patient.ts";
import { createPrescription } from "./prescriptions/create-prescription.ts";
import { deletePrescription } from "./prescriptions/delete-prescription.ts";
import { listPrescriptions } from "./prescriptions/list-prescriptions.ts";
import { updatePrescription } from "./prescriptions/update-prescription.ts";
import { advanceClock, getClock } from "./service/dev-clock.ts";
import { clearOutbox, listOutbox } from "./service/dev-outbox.ts";
import { getHealth } from "./service/get-health.ts";
import { getVersion } from "./service/get-version.ts";
import { createConversation } from "./conversations/create-conversation.ts";
import { downloadAttachment } from "./conversations/download-attachment.ts";
import { listConversationMembers } from "./conversations/list-conversation-members.ts";
import { listConversations } from "./conversations/list-conversations.ts";
import { listMessages } from "./conversations/list-messages.ts";
import { markConversationRead } from "./conversations/mark-conversation-read.ts";
import { sendMessage } from "./conversations/send-message.ts";
import { uploadAttachment } from "./conversations/upload-attachment.ts";
import { createStaff } from "./staff/create-staff.ts";
import { listProviders } from "./staff/list-providers.ts";
import { listStaff } from "./staff/list-staff.ts";
import { setStaffPassword } from "./staff/set-staff-password.ts";
import { updateStaffSpecialty } from "./staff/update-staff-specialty.ts";
import { createTask } from "./tasks/create-task.ts";
import { deleteTask } from "./tasks/delete-task.ts";
import { listTasks } from "./tasks/list-tasks.ts";
import { updateTask } from "./tasks/update-task.ts";

/** Each operation's handler under its operationId: a missing, extra or misplaced handler does not compile. */
export const typedHandlers = {
  getHealth,
  getVersion,
  listOutbox,
  clearOutbox,
  getClock,
  advanceClock,
  signUpEmail,
  signInEmail,
  signInUsername,
  signOut,
  getSession,
  requestPasswordReset,
  forgetPassword,
  resetPasswordCallback,
  resetPassword,
  resetByUsername,
  verifyEmail,
  sendVerificationEmail,
  changePassword,
  deleteUser,
  updateUser,
  isUsernameAvailable,
  listSessions,
  revokeSession,
  revokeOtherSessions,
  revokeSessions,
  createOrganization,
  updateOrganization,
  deleteOrganization,
  checkOrganizationSlug,
  listOrganizations,
  setActiveOrganization,
  getFullOrganization,
  getActiveMember,
  inviteMember,
  acceptInvitation,
  rejectInvitation,
  cancelInvitation,
  getInvitation,
  listInvitations,
  listUserInvitations,
  listMembers,
  updateMemberRole,
  removeMember,
  leaveOrganization,
  listPatients,
  getPatient,
  createPatient,
  updatePatient,
  transferPatient,
  appendPatientLabs,
  deletePatientLabs,
  deletePatient,
  listAppointments,
  createAppointment,
  updateAppointment,
  deleteAppointment,
  listPrescriptions,
  createPrescription,
  updatePrescription,
  deletePrescription,
  listTasks,
  createTask,
  updateTask,
  deleteTask,
  listProviders,
  listStaff,
  createStaff,
  updateStaffSpecialty,
  setStaffPassword,
  listConversations,
  createConversation,
  listConversationMembers,
  uploadAttachment,
  downloadAttachment,
  listMessages,
  sendMessage,
  markConversationRead,
} satisfies HandlerRegistry;

/** The same handlers as the pipeline looks them up, by an operationId read at run time. */
export const operationHandlers: Readonly<Record<string, OperationHandler | undefined>> = typedHandlers;
