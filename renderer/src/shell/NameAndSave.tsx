/**
 * A name field and its Save button, as where a set of customers is kept as a segment or a grouping
 * (Discover's groupings, a migration cell's customers): Save waits for a name and for the last save.
 */
export function NameAndSave(props: {
  label: string;
  labelClassName: string;
  name: string;
  onName: (name: string) => void;
  busy: boolean;
  onSave: () => void;
  buttonLabel: string;
  nameTestId: string;
  buttonTestId: string;
}) {
  return (
    <>
      <label className={props.labelClassName}>
        <span>{props.label}</span>
        <input
          className="input"
          value={props.name}
          maxLength={200}
          data-testid={props.nameTestId}
          onChange={(e) => props.onName(e.currentTarget.value)}
        />
      </label>
      <button
        type="button"
        className="btn btn-primary"
        disabled={props.busy || props.name.trim() === ''}
        onClick={props.onSave}
        data-testid={props.buttonTestId}
      >
        {props.buttonLabel}
      </button>
    </>
  );
}
