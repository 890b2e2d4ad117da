import { useLayoutEffect, useRef, type ReactNode } from 'react'

/**
 * A list whose rows glide to their new place when the order changes (FLIP:
 * measure before, measure after, animate the difference). Nothing moves for
 * people who asked their system for reduced motion.
 */
export function RankedList<T>({ items, keyOf, render, className, itemClassName, label }: {
  items: T[]
  keyOf: (item: T) => string
  render: (item: T, index: number) => ReactNode
  className?: string
  itemClassName?: string
  label?: string
}) {
  const nodes = useRef(new Map<string, HTMLLIElement>())
  const previous = useRef(new Map<string, number>())

  useLayoutEffect(() => {
    const reduce = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
    const next = new Map<string, number>()
    for (const [key, node] of nodes.current) {
      const top = node.getBoundingClientRect().top
      next.set(key, top)
      const before = previous.current.get(key)
      if (reduce || before === undefined || before === top) continue
      node.animate([{ transform: `translateY(${before - top}px)` }, { transform: 'translateY(0)' }], { duration: 600, easing: 'cubic-bezier(0.2, 0.8, 0.2, 1)' })
    }
    previous.current = next
  })

  return (
    <ol className={className} aria-label={label}>
      {items.map((item, i) => {
        const key = keyOf(item)
        return (
          <li
            key={key}
            className={itemClassName}
            ref={(node) => {
              if (node) nodes.current.set(key, node)
              else nodes.current.delete(key)
            }}
          >
            {render(item, i)}
          </li>
        )
      })}
    </ol>
  )
}
