// /__dev/outbox: the test-only mailbox, served only when TEMETRO_TEST_MAILBOX=1.
import { Router } from "express";
import type { Mailbox } from "../mailbox.ts";

/** GET lists the recorded emails (newest last, `?to=` filters); DELETE empties the outbox. */
export function devOutboxRouter(mailbox: Mailbox): Router {
  const router = Router();
  router.get("/", (req, res) => {
    const to = typeof req.query.to === "string" ? req.query.to : undefined;
    res.json(mailbox.list(to));
  });
  router.delete("/", (_req, res) => {
    mailbox.clear();
    res.status(204).end();
  });
  return router;
}
