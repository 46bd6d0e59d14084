// A unit's path as its page draws it: its dated stations numbered in order, each with its source,
// and its Heroes' feats lettered. Lines join only consecutive stations that both have a point: a
// station nobody has located breaks the line rather than letting it jump past an unknown place.
import type { UnitFeat, UnitPathStation } from '../places/queries';
import { isApproximate } from './hero-places';
import type { LatLon, MapPoint } from './render';

export type UnitPathMap = {
  stations: (UnitPathStation & { number: number; located: boolean })[];
  feats: (UnitFeat & { letter: string; located: boolean })[];
  points: MapPoint[];
  routes: LatLon[][];
};

const letter = (index: number) =>
  String.fromCharCode(65 + (index % 26)) + (index >= 26 ? String(Math.floor(index / 26)) : '');

export function buildUnitPathMap(path: readonly UnitPathStation[], feats: readonly UnitFeat[]): UnitPathMap {
  const stations = path.map((station, index) => ({
    ...station,
    number: index + 1,
    located: station.place.point !== null,
  }));
  const lettered = feats.map((feat, index) => ({ ...feat, letter: letter(index), located: feat.place.point !== null }));
  const routes: LatLon[][] = [];
  let run: LatLon[] = [];
  for (const station of stations) {
    if (!station.place.point) {
      if (run.length > 1) routes.push(run);
      run = [];
      continue;
    }
    run.push({ lat: station.place.point.latitude, lon: station.place.point.longitude });
  }
  if (run.length > 1) routes.push(run);
  const points: MapPoint[] = [
    ...stations
      .filter((s) => s.place.point)
      .map((s) => ({
        lat: s.place.point!.latitude,
        lon: s.place.point!.longitude,
        label: String(s.number),
        approximate: isApproximate(s.place.point!.precision),
      })),
    ...lettered
      .filter((f) => f.place.point)
      .map((f) => ({
        lat: f.place.point!.latitude,
        lon: f.place.point!.longitude,
        label: f.letter,
        approximate: isApproximate(f.place.point!.precision),
      })),
  ];
  return { stations, feats: lettered, points, routes };
}
