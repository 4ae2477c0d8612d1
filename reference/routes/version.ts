// GET /api/version: temetro's update check, minus the network (no Docker Hub or GitHub lookup here).
import { Router } from "express";

export type VersionInfo = { current: string; latest: string | null };

/** Answer `{current, latest, updateAvailable, releaseUrl}` from fixed values. */
export function versionRouter(info: VersionInfo): Router {
  const router = Router();
  router.get("/", (_req, res) => {
    const { current, latest } = info;
    const updateAvailable = latest !== null && isNewer(latest, current);
    res.json({
      current,
      latest,
      updateAvailable,
      releaseUrl: latest === null ? null : `https://github.com/temetro/temetro/releases/tag/v${latest}`,
    });
  });
  return router;
}

/** Strict X.Y.Z comparison, as temetro's version route does; anything else is never newer. */
function isNewer(candidate: string, current: string): boolean {
  const parse = (version: string) => /^(\d+)\.(\d+)\.(\d+)$/.exec(version)?.slice(1).map(Number);
  const [a, b] = [parse(candidate), parse(current)];
  if (!a || !b) return false;
  for (let i = 0; i < 3; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}
