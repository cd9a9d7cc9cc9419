'use client';
import { SHORTCUTS } from '../keyboard/keymap';

/** Every shortcut, from the same table the key handler reads (? opens it, Esc closes it). */
export function HelpOverlay({ onClose }: { onClose(): void }) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label="Keyboard shortcuts">
        <h2>Keyboard shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {SHORTCUTS.map((s) => (
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
