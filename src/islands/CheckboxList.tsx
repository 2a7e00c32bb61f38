interface Props {
  /** Makes the checkboxes' ids unique on the page (several lists of the same items may be open). */
  idPrefix: string;
  items: readonly { id: string; text: string }[];
  checked: Record<string, boolean>;
  onChange: (id: string, checked: boolean) => void;
}

/** A list of statements, each with its own labelled checkbox. */
export default function CheckboxList({ idPrefix, items, checked, onChange }: Props) {
  return (
    <ul className="checkbox-list">
      {items.map((item) => {
        const id = `${idPrefix}-${item.id}`;
        return (
          <li key={item.id}>
            <input
              type="checkbox"
              id={id}
              checked={Boolean(checked[item.id])}
              onChange={(e) => onChange(item.id, e.target.checked)}
            />
            <label htmlFor={id}>{item.text}</label>
          </li>
        );
      })}
    </ul>
  );
}
