import { Component, type ReactNode } from 'react'
import { RouteErrorView } from './routes/RouteErrorView.tsx'

interface RouteErrorBoundaryState {
  failed: boolean
}

/**
 * Catches an unexpected error while rendering a page (or loading its chunk) and shows
 * RouteErrorView instead of a blank screen. RootLayout keys it by path, so another page starts clean.
 */
export class RouteErrorBoundary extends Component<{ children: ReactNode }, RouteErrorBoundaryState> {
  override state: RouteErrorBoundaryState = { failed: false }

  static getDerivedStateFromError(): RouteErrorBoundaryState {
    return { failed: true }
  }

  override render() {
    return this.state.failed ? <RouteErrorView /> : this.props.children
  }
}
