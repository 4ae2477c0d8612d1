// /__dev/organizations/:id: how a test run deletes the organization it registered (with its users
// and tokens). The document has no delete route; this one is served only with the test switch on.
import { Router } from "express";
import type pg from "pg";
import { deleteOrganization } from "../org-store.ts";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** DELETE answers 204, or 404 `{success: false, error: "Not found"}` for an id that names no organization (AJ15). */
export function devOrganizationsRouter(pool: pg.Pool): Router {
  const router = Router();
  router.delete("/:id", async (req, res) => {
    const { id } = req.params;
    if (UUID.test(id) && (await deleteOrganization(pool, id))) {
      res.status(204).end();
      return;
    }
    res.status(404).json({ success: false, error: "Not found" });
  });
  return router;
}
