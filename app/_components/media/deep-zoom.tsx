'use client';
// A document scan examined closely: OpenSeadragon over the scan's IIIF tiles, full-screen. Its
// JavaScript is fetched only when a reader opens the view, so a profile pays nothing for it.
// Without JavaScript the picture is a plain link to the large image, which the browser zooms.
import { useEffect, useRef, useState } from 'react';
import type OpenSeadragonType from 'openseadragon';

type Labels = {
  open: string;
  close: string;
  zoomIn: string;
  zoomOut: string;
  whole: string;
  hint: string;
  loading: string;
  failed: string;
  openLarge: string;
};
type State = 'closed' | 'loading' | 'ready' | 'failed';

export function DeepZoomImage(props: {
  info: string;
  large: string;
  alt: string;
  labels: Labels;
  children: React.ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const viewer = useRef<OpenSeadragonType.Viewer | null>(null);
  const [state, setState] = useState<State>('closed');

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const close = () => {
      viewer.current?.destroy();
      viewer.current = null;
      setState('closed');
    };
    element.addEventListener('close', close);
    return () => {
      element.removeEventListener('close', close);
      viewer.current?.destroy();
      viewer.current = null;
    };
  }, []);

  async function open(event: React.MouseEvent<HTMLAnchorElement>) {
    // A click that asks for a new tab or window keeps its meaning: the large image there.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    dialog.current?.showModal();
    setState('loading');
    try {
      const [{ default: OpenSeadragon }, info] = await Promise.all([
        import('openseadragon'),
        fetch(props.info).then((response) => {
          if (!response.ok) throw new Error(`info.json: ${response.status}`);
          return response.json() as Promise<Record<string, unknown>>;
        }),
      ]);
      if (!dialog.current?.open || !frame.current) return;
      viewer.current?.destroy();
      const instance = OpenSeadragon({
        element: frame.current,
        // The tiles from the address the page came from, whatever SITE_URL says: the CSP allows
        // images from this origin only.
        tileSources: {
          ...info,
          id: new URL(props.info.replace(/\/info\.json$/, ''), window.location.href).href,
        } as OpenSeadragonType.TileSourceOptions,
        drawer: 'canvas',
        // Our own labelled buttons instead of OpenSeadragon's, which are images from its folder.
        showNavigationControl: false,
        visibilityRatio: 1,
        minZoomImageRatio: 0.8,
        maxZoomPixelRatio: 2,
        gestureSettingsTouch: { pinchRotate: false, flickEnabled: true },
      });
      instance.addOnceHandler('open', () => setState('ready'));
      instance.addOnceHandler('open-failed', () => setState('failed'));
      viewer.current = instance;
    } catch {
      setState('failed');
    }
  }

  const zoom = (factor: number) => {
    viewer.current?.viewport.zoomBy(factor);
    viewer.current?.viewport.applyConstraints();
  };

  return (
    <>
      <a
        href={props.large}
        className="zoom-open"
        title={props.labels.open}
        aria-label={props.labels.open}
        onClick={open}
      >
        {props.children}
      </a>
      <dialog ref={dialog} className="zoom-dialog deep-zoom-dialog" aria-label={props.alt}>
        <div className="deep-zoom-bar">
          <button type="button" onClick={() => zoom(1.5)} disabled={state !== 'ready'}>
            {props.labels.zoomIn}
          </button>
          <button type="button" onClick={() => zoom(1 / 1.5)} disabled={state !== 'ready'}>
            {props.labels.zoomOut}
          </button>
          <button type="button" onClick={() => viewer.current?.viewport.goHome()} disabled={state !== 'ready'}>
            {props.labels.whole}
          </button>
          <form method="dialog">
            <button type="submit">{props.labels.close}</button>
          </form>
          <span className="deep-zoom-status" role="status">
            {state === 'loading' && props.labels.loading}
            {state === 'ready' && props.labels.hint}
            {state === 'failed' && (
              <>
                {props.labels.failed} <a href={props.large}>{props.labels.openLarge}</a>
              </>
            )}
          </span>
        </div>
        <div ref={frame} className="deep-zoom-frame" data-testid="deep-zoom" data-state={state} />
      </dialog>
    </>
  );
}
