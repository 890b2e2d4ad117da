import path from 'node:path'

/** Relative to the working directory when inside it (shorter in messages), absolute otherwise. */
export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? file : relative
}
