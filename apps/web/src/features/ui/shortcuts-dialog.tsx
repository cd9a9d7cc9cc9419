'use client';

export interface ShortcutRow {
  keys: string;
  action: string;
}

/** A modal listing keyboard shortcuts, rendered from the same table the key handler reads. */
export function ShortcutsDialog({
  title,
  shortcuts,
  more = [],
  onClose,
}: {
  title: string;
  shortcuts: readonly ShortcutRow[];
  /** Further tables, each under its own heading (keys that mean something else in a sub-screen). */
  more?: readonly { title: string; shortcuts: readonly ShortcutRow[] }[];
  onClose(): void;
}) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        <ShortcutTable shortcuts={shortcuts} />
        {more.map((section) => (
          <section key={section.title} aria-label={section.title}>
            <h3>{section.title}</h3>
            <ShortcutTable shortcuts={section.shortcuts} />
          </section>
        ))}
        <button type="button" className="button" onClick={onClose}>
          Close (Esc)
        </button>
      </div>
    </div>
  );
}

function ShortcutTable({ shortcuts }: { shortcuts: readonly ShortcutRow[] }) {
  return (
    <table className="shortcuts">
      <tbody>
        {shortcuts.map((s) => (
          <tr key={s.keys}>
            <td>
              <kbd>{s.keys}</kbd>
            </td>
            <td>{s.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
