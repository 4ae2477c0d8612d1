// Walks the contract's operations and lists every inline media-type example (request and response).
import { operations } from "./operations.ts";
import { spec } from "./spec.ts";
import { resolveRef } from "./validators.ts";

export type MediaExample = { label: string; operationId: string; where: "request" | "response"; status: number; example: unknown };

type Media = { example?: unknown; examples?: Record<string, unknown> };

function examplesOf(container: unknown): unknown[] {
  const media = (resolveRef(container) as { content?: Record<string, Media> } | undefined)?.content?.["application/json"];
  if (media === undefined) return [];
  const named = Object.values(media.examples ?? {}).map((entry) => (resolveRef(entry) as { value?: unknown }).value);
  return media.example === undefined ? named : [media.example, ...named];
}

/** Every inline example of every operation, labelled for test titles. */
export function collectMediaExamples(): MediaExample[] {
  const result: MediaExample[] = [];
  for (const op of operations) {
    const raw = spec.paths[op.path]?.[op.method] as { requestBody?: unknown; responses?: Record<string, unknown> };
    examplesOf(raw.requestBody).forEach((example, i) =>
      result.push({ label: `${op.operationId} request example ${i}`, operationId: op.operationId, where: "request", status: 0, example }),
    );
    for (const [status, response] of Object.entries(raw.responses ?? {})) {
      examplesOf(response).forEach((example, i) =>
        result.push({ label: `${op.operationId} ${status} example ${i}`, operationId: op.operationId, where: "response", status: Number(status), example }),
      );
    }
  }
  return result;
}
