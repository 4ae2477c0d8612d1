// The request pipeline's entry: an operation's rules applied in the order the real server applies
// them (the lists in pipeline/pipelines.ts, one stage a module), then its handler.
import type { Operation } from "#openapi";
import type { OperationHandler } from "./call.ts";
import type { MockContext } from "./context.ts";
import { answerOperation } from "./pipeline/answer-operation.ts";
import { toResponse } from "./reply.ts";
import type { MockRequest } from "./mock-request.ts";

export { answerOperation } from "./pipeline/answer-operation.ts";
export { mergeSetCookies } from "./pipeline/merge-set-cookies.ts";
export { betterAuthPipeline, pipelines, temetroPipeline } from "./pipeline/pipelines.ts";
export { rateLimitReply } from "./pipeline/rate-limit.ts";
export { queryFlag } from "./pipeline/session.ts";
export type { PipelineState, Stage } from "./pipeline/stage.ts";

/** Runs one operation for a request as a fetch Response: rules, then handler; any other failure is a logged 500 (a bug). */
export async function runOperation(ctx: MockContext, operation: Operation, handler: OperationHandler, request: MockRequest, params: Record<string, string>): Promise<Response> {
  return toResponse(await answerOperation(ctx, operation, handler, request, params));
}
