import { useEffect, useState } from 'react'

/**
 * Time left on the server's clock. The page gets the deadline and the
 * server's "now"; the difference with this device's clock when the data
 * arrived is the skew, so a phone whose clock is wrong by minutes still
 * counts down the real time left. The device clock is only used to measure
 * elapsed time, never as the truth.
 */
export function useServerCountdown(deadlineAt: string, serverNow: string): number {
  // Measured on the first render in the browser (before any tick, so a wrong clock never shows 00:00 and
  // triggers the automatic submission), and again whenever the page's data is reloaded.
  const [skewMs, setSkewMs] = useState(() => Date.parse(serverNow) - Date.now())
  const [left, setLeft] = useState(() => Date.parse(deadlineAt) - Date.parse(serverNow))
  useEffect(() => {
    setSkewMs(Date.parse(serverNow) - Date.now())
  }, [serverNow])
  useEffect(() => {
    const tick = () => setLeft(Math.max(0, Date.parse(deadlineAt) - (Date.now() + skewMs)))
    tick()
    const id = setInterval(tick, 250)
    return () => clearInterval(id)
  }, [deadlineAt, skewMs])
  return Math.max(0, left)
}
