// The clickable map of a coordinate proposal: images that send the proposal form itself back to the
// page, with where they were clicked (lib/maps/pick.ts). It works without JavaScript; the page
// reads the click and fills in the form again with everything it carried. The form goes by POST,
// so nothing typed stands in the address; the site's server hands it to the page as its query
// (server/form-as-query.ts).
import { Link } from '@/i18n/link';
import type { LatLon } from '@/lib/maps/render';
import {
  formatFrame,
  pickInputName,
  pickMapUrl,
  PICK_AREAS,
  PICK_PANS,
  PICK_SIZES,
  WHOLE_FRAME,
  type MapPick,
  type PickArea,
  type PickSize,
} from '@/lib/maps/pick';

type Props = {
  pick: MapPick;
  /** The point the form holds (picked or typed), marked on the map. */
  mark: LatLon | null;
  /** The add page, without the locale (for the link), and the reader's locale (for the form). */
  path: string;
  locale: string;
  /** The proposal form the images send (its id), with their frame. */
  form: string;
  /** What the link back to the whole map keeps: the kind, a place already chosen. */
  keep: Record<string, string>;
  text: {
    title: string;
    intro: string;
    alt: string;
    picked: string | null;
    refused: string;
    caption: string;
    whole: string;
    areas: string;
    area: Record<PickArea, string>;
    pans: string;
    pan: Record<(typeof PICK_PANS)[number], string>;
  };
};

// The wide map for a desktop, the narrow one for a phone; CSS shows one. Neither is ever scaled,
// since a browser reports a click in the pixels it shows.
const SIZES: PickSize[] = ['wide', 'narrow'];

export function MapPickForm({ pick, mark, path, locale, form, keep, text }: Props) {
  // Each button sends the proposal form back, as the map does, so nothing chosen or typed is lost.
  // They only move the map, so they are not drawn like the button that sends the proposal.
  const send = {
    form,
    formAction: `/${locale}${path}`,
    formMethod: 'post',
    formEncType: 'application/x-www-form-urlencoded',
    formNoValidate: true,
  } as const;
  const whole = `${path}?${new URLSearchParams(keep).toString()}`;
  return (
    <section className="map-pick" aria-labelledby="map-pick-title">
      <h3 id="map-pick-title">{text.title}</h3>
      <p>{text.intro}</p>
      {pick.refused && (
        <p role="status" className="warning" data-testid="map-refused">
          {text.refused}
        </p>
      )}
      {text.picked && (
        <p role="status" className="note" data-testid="map-picked">
          {text.picked}
        </p>
      )}
      <input type="hidden" name="frame" value={formatFrame(pick.frame)} form={form} />
      {SIZES.map((size) => (
        <div key={size} className={`map-pick-form map-pick-${size}`}>
          <div className="map-pick-frame">
            <input
              type="image"
              name={pickInputName(size)}
              {...send}
              className="map-pick-image"
              src={pickMapUrl(pick.frame, size, mark)}
              alt={text.alt}
              width={PICK_SIZES[size].width}
              height={PICK_SIZES[size].height}
            />
          </div>
        </div>
      ))}
      <p className="muted map-caption">{text.caption}</p>
      <div role="group" aria-label={text.pans} className="buttons map-pick-pans">
        {PICK_PANS.map((pan) => (
          <button key={pan} type="submit" name="pan" value={pan} className="secondary" {...send}>
            {text.pan[pan]}
          </button>
        ))}
      </div>
      <div role="group" aria-label={text.areas} className="buttons map-pick-areas">
        {(Object.keys(PICK_AREAS) as PickArea[]).map((area) => (
          <button key={area} type="submit" name="area" value={area} className="secondary" {...send}>
            {text.area[area]}
          </button>
        ))}
      </div>
      {pick.frame.zoom > WHOLE_FRAME.zoom && (
        <p>
          <Link href={whole}>{text.whole}</Link>
        </p>
      )}
    </section>
  );
}
