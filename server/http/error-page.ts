const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

/** A tiny self-contained page for errors answered before Remix runs (413, 403, 503). */
export function errorPage(status: number, title: string, message: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${status} · ${escape(title)} · Thi Pháp Luật</title>
<style>body{font-family:system-ui,sans-serif;background:#f9fafb;color:#101828;display:grid;place-items:center;min-height:100vh;margin:0;padding:1rem}main{max-width:34rem;background:#fff;border:1px solid #eaecf0;border-radius:12px;padding:2rem}h1{color:#912018;font-size:1.5rem}a{color:#912018}</style></head>
<body><main><p>Lỗi ${status}</p><h1>${escape(title)}</h1><p>${escape(message)}</p><p><a href="/">Về trang chủ</a></p></main></body></html>`
}
