// One stored file of a picture, shown as it is: on the pages about one picture, where a reader asks
// to take it down and where a moderator answers.
export function StoredImage(props: {
  file: { key: string; width: number; height: number };
  caption: string;
  captionLanguage: string;
}) {
  return (
    <img
      src={`/api/media/files/${props.file.key}`}
      width={props.file.width}
      height={props.file.height}
      alt={props.caption}
      lang={props.captionLanguage}
      style={{ maxWidth: '100%', height: 'auto' }}
    />
  );
}
