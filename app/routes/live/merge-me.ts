import type { PersonalView } from '~/core/live/views'

/**
 * A phone's own view, updated from a `live:me` message. Personal results go out a slice at a
 * time, so the result of question N can arrive after question N+1 opened and the player already
 * answered it: the score and rank in it are still the newest, but its answer is older than the
 * one this phone holds, which must not be dropped (the buttons would come back).
 */
export function mergeMe(current: PersonalView | null, incoming: PersonalView): PersonalView {
  const held = current?.answer
  if (held && held.questionIndex > (incoming.answer?.questionIndex ?? -1)) return { ...incoming, answer: held }
  return incoming
}
