/**
 * Runs `task` once the next frame has been painted: from a frame callback, a message is delivered
 * after that frame's paint. For work the reader need not wait for (the URL following a press).
 */
export function afterNextPaint(task: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      task()
    }
    channel.port2.postMessage(null)
  })
}
