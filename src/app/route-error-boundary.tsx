import { Component, type ReactNode } from 'react';
import { NotFound } from '@/shared/components/not-found';

interface Props {
  /** The address: a failure belongs to one page, and the next page starts afresh. */
  address: string;
  children: ReactNode;
}

interface State {
  address: string;
  failed: boolean;
}

/**
 * A page that fails (its texts or code would not download) shows the not-found page, with a way
 * to the start, never a stack trace; the console keeps the error.
 */
export class RouteErrorBoundary extends Component<Props, State> {
  override state: State = { address: this.props.address, failed: false };

  static getDerivedStateFromProps({ address }: Props, state: State): State | null {
    return address === state.address ? null : { address, failed: false };
  }

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.failed ? <NotFound /> : this.props.children;
  }
}
