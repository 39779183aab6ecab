import { DetailList } from './section';

/** An object's metadata as label/value pairs, each value as code (it is the merchant's own string). */
export function MetadataList({ entries }: { entries: [string, string][] }) {
  return (
    <DetailList
      items={entries.map(([key, value]) => ({
        label: key,
        value: <code className="break-all">{value}</code>,
      }))}
    />
  );
}
