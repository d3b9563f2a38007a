// AppLink hands a followed link to the router's navigator itself: these pin what React Router's
// useNavigate did for it, at the site's root and under a sub-path.
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MemoryRouter, Route, Routes, useLocation, useNavigationType, type Location, type NavigationType } from 'react-router';
import { AppLink } from '@/shared/components/app-link';

let seen: { location: Location; type: NavigationType }[] = [];

function Where() {
  const location = useLocation();
  seen.push({ location, type: useNavigationType() });
  return <p data-testid="where">{location.pathname}</p>;
}

function renderAt(entry: string, basename?: string) {
  seen = [];
  const page = (
    <>
      <Where />
      <AppLink to="/en/visitor-reload/" state={{ from: 'test' }}>
        reload
      </AppLink>
      <AppLink to="/en/">start</AppLink>
      <AppLink to="/en/payment/" destination={() => ({ to: '/en/payment/windows/', state: { detected: true } })}>
        payment
      </AppLink>
    </>
  );
  render(
    <MemoryRouter initialEntries={[entry]} basename={basename}>
      <Routes>
        <Route path="*" element={page} />
      </Routes>
    </MemoryRouter>,
  );
}

const where = () => screen.getByTestId('where').textContent;
const link = (name: string) => screen.getByRole('link', { name });

describe('AppLink', () => {
  it('has a relative address that works without JavaScript', () => {
    renderAt('/en/start-here/');
    expect(link('reload').getAttribute('href')).toBe('../visitor-reload/');
  });

  it('moves within the app on a plain click, with its history state', () => {
    renderAt('/en/');
    fireEvent.click(link('reload'));
    expect(where()).toBe('/en/visitor-reload/');
    expect(seen.at(-1)?.location.state).toEqual({ from: 'test' });
    expect(seen.at(-1)?.type).toBe('PUSH');
  });

  it('goes where its destination says at the click', () => {
    renderAt('/en/');
    fireEvent.click(link('payment'));
    expect(where()).toBe('/en/payment/windows/');
    expect(seen.at(-1)?.location.state).toEqual({ detected: true });
  });

  it('leaves a click with a modifier key or another button to the browser', () => {
    renderAt('/en/');
    // Seen last, once the app has had the click; then stopped, as jsdom cannot open another page.
    const leftToBrowser: boolean[] = [];
    const record = (event: MouseEvent) => {
      leftToBrowser.push(!event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    for (const init of [{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }]) {
      link('reload').dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
    }
    window.removeEventListener('click', record);
    expect(leftToBrowser).toEqual([true, true, true, true, true]);
    expect(where()).toBe('/en/');
  });

  it('keeps the router under the site’s sub-path', () => {
    renderAt('/some/sub/en/', '/some/sub');
    fireEvent.click(link('reload'));
    expect(where()).toBe('/en/visitor-reload/');
    expect(link('start').getAttribute('href')).toBe('../');
    fireEvent.click(link('start'));
    expect(where()).toBe('/en/');
  });

  it('replaces the page shown instead of adding it again to the history', () => {
    renderAt('/en/');
    fireEvent.click(link('start'));
    expect(where()).toBe('/en/');
    expect(seen.at(-1)?.type).toBe('REPLACE');
  });
});
