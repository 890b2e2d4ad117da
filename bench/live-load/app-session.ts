/**
 * Creates a live game on a running app server the way a host does: sign in
 * as the demo organiser, post the "create a live session" form (with its CSRF
 * token), and keep the session cookie for the host's socket.
 */

type Jar = Map<string, string>

function remember(jar: Jar, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';')
    const eq = pair.indexOf('=')
    jar.set(pair.slice(0, eq).trim(), pair.slice(eq + 1).trim())
  }
}

const cookieHeader = (jar: Jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ')

async function get(base: string, path: string, jar: Jar): Promise<string> {
  const response = await fetch(`${base}${path}`, { headers: { cookie: cookieHeader(jar) }, redirect: 'manual' })
  remember(jar, response)
  if (response.status !== 200) throw new Error(`GET ${path}: ${response.status}`)
  return response.text()
}

async function post(base: string, path: string, jar: Jar, form: Record<string, string>): Promise<Response> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { cookie: cookieHeader(jar), origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
    redirect: 'manual',
  })
  remember(jar, response)
  return response
}

function csrfOf(html: string): string {
  const token = /name="csrf" value="([^"]+)"/.exec(html)?.[1]
  if (!token) throw new Error('no CSRF token in the page')
  return token
}

export async function createAppGame(base: string, opts: { questions: number; timeLimitSec: number; title: string }) {
  const jar: Jar = new Map()
  const login = await get(base, '/login', jar)
  const signedIn = await post(base, '/login', jar, {
    csrf: csrfOf(login),
    identifier: 'bantochuc@demo.thiphapluat.vn',
    password: 'ToChuc@2026',
  })
  if (signedIn.status !== 302 && signedIn.status !== 303) throw new Error(`login: ${signedIn.status}`)
  const page = await get(base, '/organiser/live', jar)
  const bankId = /name="bankId"[^>]*>\s*<option value="([^"]+)"/.exec(page)?.[1]
  if (!bankId) throw new Error('no question bank on /organiser/live')
  const created = await post(base, '/organiser/live?index', jar, {
    csrf: csrfOf(page),
    title: opts.title,
    source: 'bank',
    bankId,
    count: String(opts.questions),
    questionTimeLimitSec: String(opts.timeLimitSec),
    scoringMode: 'speed',
  })
  const location = created.headers.get('location') ?? ''
  const gameId = /\/organiser\/live\/([\w-]+)\/host/.exec(location)?.[1]
  if (!gameId) throw new Error(`create session: ${created.status} ${location}`)
  return { gameId, cookie: cookieHeader(jar) }
}
