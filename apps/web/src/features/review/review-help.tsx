'use client';
import { REVIEW_SHORTCUTS } from './review-keymap';

export function ReviewHelp({ onClose }: { onClose(): void }) {
  return (
    <div className="modal-backdrop">
      <div className="modal" role="dialog" aria-modal="true" aria-label="Review shortcuts">
        <h2>Review shortcuts</h2>
        <table className="shortcuts">
          <tbody>
            {REVIEW_SHORTCUTS.map((s) => (
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
