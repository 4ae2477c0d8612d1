// A target whose actors hand every exchange to the test once it is answered: for tests that log or
// count what a state or a fuzz run sends, or make a server misbehave after an answer.
import type { Actor, Exchange, Target } from "#targets/target";

/** `target` with every actor it makes watched: `seen` gets the actor's label and each exchange, answered. */
export function watchedTarget(target: Target, seen: (label: string, exchange: Exchange) => Promise<void> | void): Target {
  return {
    ...target,
    actor(label, options) {
      const actor = target.actor(label, options);
      return {
        ...actor,
        async request(path, requestOptions) {
          const exchange = await actor.request(path, requestOptions);
          await seen(label, exchange);
          return exchange;
        },
      } satisfies Actor;
    },
  };
}
