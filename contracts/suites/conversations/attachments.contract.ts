// CONVERSATIONS: files for messages — base64 uploads into the active clinic, the 10 MB limit (413,
// D11), downloads inline with their type and name for any member, and files attached to messages.
import { describe, expect } from "vitest";
import { temetroError, temetroMessage } from "#openapi";
import { bodyOf, expectTemetroError } from "#contracts/expect-contract";
import { check } from "#contracts/harness";
import { memberOfItsOwn } from "#contracts/states/member-of-its-own";
import { sharedState } from "#contracts/states/shared-state";
import { memberOf } from "#contracts/states/staffed-clinic";
import { startConversation, uploadAttachment, uploadBody } from "#contracts/states/communication-requests";

// Uploads and downloads of files of their own share the run's workbench; refusals are sent in a
// clinic no check writes to. The file message starts a direct message (reused per pair, D18) with
// a doctor of its own.
const workbench = sharedState("the workbench: a clinic with one member per role, where checks add records of their own");
const readOnlyClinic = sharedState("a clinic with only its owner, read only");
const TEN_MB = 10 * 1024 * 1024;

describe("POST /api/conversations/attachments", () => {
  check("CONVERSATIONS-ATTACHMENT-UPLOAD", "answers 201 with the file's id, name, type and declared size; the type defaults to application/octet-stream", async ({ given }) => {
    const owner = memberOf(await given(workbench), "owner").actor;
    const uploaded = await uploadAttachment(owner, uploadBody({ fileName: "  referral letter.pdf " }));
    expect(uploaded).toEqual({ attachmentId: uploaded.attachmentId, fileName: "referral letter.pdf", mimeType: "application/pdf", size: 11 });
    const untyped = await uploadAttachment(owner, { fileName: "scan.bin", size: 3, data: "AAEC" });
    expect(untyped.mimeType).toBe("application/octet-stream");
  });

  check("CONVERSATIONS-D11-ATTACHMENT-TOO-LARGE", `answers 413 "${temetroMessage("ATTACHMENT_TOO_LARGE")}" past 10 MB decoded (D11)`, async ({ given }) => {
    const owner = memberOf(await given(readOnlyClinic), "owner").actor;
    const data = "A".repeat(Math.ceil(((TEN_MB + 1) * 4) / 3 / 4) * 4);
    expectTemetroError(await owner.request("/api/conversations/attachments", { json: uploadBody({ fileName: "ct-scan.dcm", size: 1024, data }) }), 413, temetroMessage("ATTACHMENT_TOO_LARGE"));
    expectTemetroError(await owner.request("/api/conversations/attachments", { json: uploadBody({ size: TEN_MB + 1 }) }), 400, temetroError("VALIDATION_FAILED").body.error);
  });
});

describe("GET /api/conversations/attachments/{id}", () => {
  check("CONVERSATIONS-ATTACHMENT-DOWNLOAD", "serves the bytes inline with the stored type and the URI-encoded name to any member of the clinic", async ({ given }) => {
    const state = await given(workbench);
    const uploaded = await uploadAttachment(memberOf(state, "owner").actor, uploadBody({ fileName: "referral letter (Okafor).pdf" }));
    const download = await memberOf(state, "pharmacy").actor.request(`/api/conversations/attachments/${uploaded.attachmentId}`);
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("application/pdf");
    expect(download.headers.get("content-disposition")).toBe(`inline; filename="${encodeURIComponent("referral letter (Okafor).pdf")}"`);
    expect(download.text).toBe("Hello world");
  });

  check("CONVERSATIONS-ATTACHMENT-NOT-FOUND", `answers 404 "${temetroMessage("ATTACHMENT_NOT_FOUND")}" for a non-UUID or unknown id`, async ({ given }) => {
    const owner = memberOf(await given(readOnlyClinic), "owner").actor;
    expectTemetroError(await owner.request("/api/conversations/attachments/not-a-uuid"), 404, temetroMessage("ATTACHMENT_NOT_FOUND"));
    expectTemetroError(await owner.request(`/api/conversations/attachments/${crypto.randomUUID()}`), 404, temetroMessage("ATTACHMENT_NOT_FOUND"));
  });
});

describe("POST /api/conversations/{id}/messages", () => {
  check("CONVERSATIONS-FILE-MESSAGE", "sends a message with a file attachment and lists it with the message", async ({ given }) => {
    const state = await given(workbench);
    const owner = memberOf(state, "owner").actor;
    const doctor = await given(memberOfItsOwn(state.clinic, memberOf(state, "owner"), "doctor"));
    const conversation = await startConversation(owner, [doctor.userId]);
    const { attachmentId, fileName, mimeType, size } = await uploadAttachment(owner);
    const file = { kind: "file", attachmentId, fileName, mimeType, size };
    const sent = bodyOf(await owner.request(`/api/conversations/${conversation.id}/messages`, { json: { body: "The referral", attachments: [file] } }), "sendMessage", 201);
    expect(sent.attachments).toEqual([file]);
    const listed = bodyOf(await doctor.actor.request(`/api/conversations/${conversation.id}/messages`), "listMessages", 200);
    expect(listed).toEqual([sent]);
  });
});
