/**
 * Runs `task` once the next frame has been painted: from a frame callback, a message is delivered
 * after that frame's paint. For work the reader need not wait for (the URL following a press, the
 * rest of a list below its first screen). Returns a cancel function.
 */
export function afterNextPaint(task: () => void): () => void {
  let channel: MessageChannel | null = null
  const frame = requestAnimationFrame(() => {
    channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel?.port1.close()
      task()
    }
    channel.port2.postMessage(null)
  })
  return () => {
    cancelAnimationFrame(frame)
    channel?.port1.close()
  }
}
