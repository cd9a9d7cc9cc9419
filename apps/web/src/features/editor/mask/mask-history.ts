import { cloneMask, type Mask } from './mask';

/** Undo/redo as whole-mask snapshots (a 384x384 mask is 147 kB; `limit` bounds the memory). */
export class MaskHistory {
  private readonly undoStack: Mask[] = [];
  private redoStack: Mask[] = [];

  constructor(private readonly limit = 60) {}

  /** Call before a change, with the mask as it was. */
  record(before: Mask): void {
    this.undoStack.push(cloneMask(before));
    if (this.undoStack.length > this.limit) this.undoStack.shift();
    this.redoStack = [];
  }

  undo(current: Mask): Mask | null {
    const previous = this.undoStack.pop();
    if (!previous) return null;
    this.redoStack.push(cloneMask(current));
    return previous;
  }

  redo(current: Mask): Mask | null {
    const next = this.redoStack.pop();
    if (!next) return null;
    this.undoStack.push(cloneMask(current));
    return next;
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  clear(): void {
    this.undoStack.length = 0;
    this.redoStack = [];
  }
}
