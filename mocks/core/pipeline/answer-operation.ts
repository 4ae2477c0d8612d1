// Answers one request to an operation: its family's stages in order, then its handler, as a Reply.
import type { Operation } from "#openapi";
import type { OperationHandler } from "../call.ts";
import type { MockContext } from "../context.ts";
import { temetroReply, type Reply } from "../reply.ts";
import { withEarlierCookies } from "./merge-set-cookies.ts";
import { pipelines } from "./pipelines.ts";
import { callOf, createState, runStage, settle, type PipelineState, type Stage } from "./stage.ts";
import type { MockRequest } from "../mock-request.ts";

async function answerStages(stages: readonly Stage[], handler: OperationHandler, state: PipelineState): Promise<Reply> {
  for (const stage of stages) {
    const early = await runStage(stage, state);
    if (early !== undefined) return early;
  }
  return settle(() => handler(callOf(state)));
}

/**
 * The reply to a request: the first stage that answers, else the handler's reply (thrown ReplyErrors
 * included), carrying the cookies the stages set (Better Auth's error responses keep its session
 * middleware's cookies). Never throws: any other failure is a bug, logged and answered 500.
 */
export async function answerOperation(
  ctx: MockContext,
  operation: Operation,
  handler: OperationHandler,
  request: MockRequest,
  params: Record<string, string>,
  stages: readonly Stage[] = pipelines[operation.family],
): Promise<Reply> {
  try {
    const state = createState(ctx, operation, request, params);
    const reply = await answerStages(stages, handler, state);
    // Read once the stages have run: the session stage sets the list.
    return withEarlierCookies(state.cookies, reply);
  } catch (error) {
    ctx.log(`[mock] BUG: ${operation.method.toUpperCase()} ${operation.path} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return operation.family === "better-auth" ? { status: 500 } : temetroReply("INTERNAL");
  }
}
