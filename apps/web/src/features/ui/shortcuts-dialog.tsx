'use client';

export interface ShortcutRow {
  keys: string;
  action: string;
}

/** A modal listing keyboard shortcuts, rendered from the same table the key handler reads. */
export function ShortcutsDialog({
  title,
  shortcuts,
  onClose,
}: {
  title: string;
  shortcuts: readonly ShortcutRow[];
  onClose(): void;
}) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
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
        <button type="button" className="button" onClick={onClose}>
          Close (Esc)
        </button>
      </div>
    </div>
  );
}
