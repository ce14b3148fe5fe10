/** The files of a drop: plain files and, for a dropped folder, every file inside it. */

/** Files an operating system leaves in folders, skipped without a word. */
const LITTER = /^(\.|~\$|Thumbs\.db$|desktop\.ini$|__MACOSX)/i;

export const worthSending = (file: File) => !LITTER.test(file.name);

function entryFiles(entry: FileSystemEntry): Promise<File[]> {
	if (entry.isFile) {
		return new Promise((done, fail) => (entry as FileSystemFileEntry).file((f) => done([f]), fail));
	}
	const reader = (entry as FileSystemDirectoryEntry).createReader();
	return new Promise((done, fail) => {
		const all: FileSystemEntry[] = [];
		// readEntries returns a folder's entries a batch at a time, until an empty batch.
		const next = () =>
			reader.readEntries(async (batch) => {
				if (batch.length) {
					all.push(...batch);
					next();
				} else done((await Promise.all(all.map(entryFiles))).flat());
			}, fail);
		next();
	});
}

export async function collectDropped(dt: DataTransfer): Promise<File[]> {
	const entries = [...dt.items]
		.map((item) => item.webkitGetAsEntry?.())
		.filter((e): e is FileSystemEntry => !!e);
	if (!entries.length) return [...dt.files];
	return (await Promise.all(entries.map(entryFiles))).flat();
}
