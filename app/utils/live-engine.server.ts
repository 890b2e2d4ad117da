import type { AppLoadContext } from '@remix-run/node'
import type { LiveQuestionInput } from '~/core/live/create-game'
import type { GameSettingsInput } from '~/core/live/game-state'
import type { LiveError } from '~/core/live/live-errors'

/**
 * What pages may ask of the live engine (server/live), reached through
 * `context.services.extensions.live`; the composition root registers it.
 */
export interface LiveEngineApi {
  /** Builds the game, reserves its PIN and starts running it in this process. */
  createGame(input: {
    id: string
    hostUserId: string
    settings: GameSettingsInput
    questions: LiveQuestionInput[]
  }): Promise<{ ok: true; pin: string } | { ok: false; error: LiveError }>
  /** Undoes createGame when the session could not be recorded (only a game nobody has played). */
  discardGame(id: string): Promise<boolean>
  /** The running game behind a PIN, or null. */
  findGameByPin(pin: string): Promise<string | null>
}

declare module './services.server' {
  interface AppExtensions {
    live: LiveEngineApi
  }
}

export function requireLiveEngine(context: AppLoadContext): LiveEngineApi {
  const live = context.services.extensions.live
  if (!live) throw new Response('Máy chủ thi trực tiếp chưa sẵn sàng', { status: 503, statusText: 'Service Unavailable' })
  return live
}
