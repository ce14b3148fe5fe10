/** The states every chart frame shows the same way. */
export type FrameStatus = 'ready' | 'loading' | 'empty' | 'error';
