/**
 * A data file kept beside its entry (a ranking edition's .xlsx or .csv) is checked in the CMS
 * with the very code the build runs (src/rankings/check-file.ts, then every row's town against
 * the official divisions with src/divisions/named-towns.ts, once the rows themselves are sound),
 * so an edition the build would stop on cannot be saved: the build's Chinese message (file, row, column) appears at
 * the field as soon as the file is chosen, and again when the editor tries to save.
 *
 * Decap asks a control `isValid()` synchronously on every validation; reading a workbook is
 * asynchronous. So the wrapper checks in the background whenever the file or the declared
 * indicator columns change, answers 正在检查 while it runs, and asks Decap to validate the
 * field again once the answer is in. The reader (with exceljs) is loaded only then: it is
 * most of the weight, and only editors of rankings ever need it.
 */
import { Component, Fragment, createElement as h, type ComponentType } from 'react';
import { originalName } from './rename-uploads.ts';
import { formatProblems } from '../src/lib/content-problem.ts';
import { rankings } from '../src/schemas/index.ts';
import { rowTowns } from '../src/divisions/named-towns.ts';
import { townData } from './town-data.ts';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}
interface AssetLike {
  path: string;
  url: string;
  fileObj?: Blob;
}
interface ControlProps {
  value?: unknown;
  field: ImmutableLike;
  collection: ImmutableLike;
  getEntry: () => ImmutableLike;
  getAsset: (path: string, field: ImmutableLike) => AssetLike | undefined;
  validate: () => void;
}

/** Most problems shown at once: a file with a wrong column has one on every row. */
const SHOWN = 10;

/**
 * The build's message for a data file's problems, the first {@link SHOWN} of them.
 * @example problemMessage('content/rankings/a.csv', [{ field: '第 3 行「省份」', message: '…' }])
 *   // '内容有误：content/rankings/a.csv\n  字段 第 3 行「省份」：…'
 */
export function problemMessage(file: string, problems: readonly { field: string; message: string }[]): string {
  const shown = formatProblems(problems.slice(0, SHOWN).map((p) => ({ ...p, file })));
  return problems.length > SHOWN ? `${shown}\n  另有 ${problems.length - SHOWN} 处问题` : shown;
}

/**
 * A data file as the editor knows it and as the repository will: the name it had on the
 * editor's computer first, when it was uploaded in this window and renamed.
 * @example fileLabel('content/rankings/20261206-c3583c.xlsx') // '「验证榜单 错误版.xlsx」（保存为 content/rankings/20261206-c3583c.xlsx）'
 */
export function fileLabel(path: string): string {
  const original = originalName(path.slice(path.lastIndexOf('/') + 1));
  return original ? `「${original}」（保存为 ${path}）` : path;
}

/** What a check found: the build's message when it would stop, else what was read, to show the editor. */
export type CheckResult = { problem: string } | { problem?: undefined; read: string };
type Checker = (bytes: Uint8Array, name: string, data: Record<string, unknown>) => Promise<CheckResult>;

/**
 * The check of each type that keeps data files beside its entries, by collection name: the
 * file's bytes, its name and the entry's data (a ranking reads its declared indicator columns).
 * @example await DATA_FILE_CHECKS.rankings?.(csvBytes, 'a.csv', { indicators: [] }) // { read: '已检查：3 个镇，没有发现问题' }
 */
export const DATA_FILE_CHECKS: Readonly<Record<string, Checker>> = {
  [rankings.name]: async (bytes, name, data) => {
    const [{ checkEditionFile }, { cellValue, rankingColumns }] = await Promise.all([
      import('../src/rankings/check-file.ts'),
      import('../src/rankings/columns.ts'),
    ]);
    const indicators = Array.isArray(data['indicators']) ? data['indicators'].map(String) : [];
    const { rows, problems } = await checkEditionFile(bytes, name, indicators);
    if (!problems.length) {
      // Every town against the official divisions, as the build checks them (src/divisions/check-content.ts).
      const columns = rankingColumns(indicators);
      const { index, list, check } = await townData();
      const cells = rows.map((row) => columns.map((c) => cellValue(row, c)));
      problems.push(...check(index, list, rowTowns(cells, columns)).problems);
    }
    if (problems.length) return { problem: problemMessage(fileLabel(`content/${rankings.name}/${name}`), problems) };
    return { read: `已检查：${rows.length} 个镇，没有发现问题` };
  },
};

/** Decap's placeholder while an asset is still loading from the repository. */
const LOADING = 'empty.svg';

/** The bytes of a chosen file: a fresh upload, or one already in the repository (loaded by Decap). */
async function fileBytes(props: ControlProps, name: string): Promise<Uint8Array> {
  // Decap starts loading on the first call and answers its placeholder until the file is in.
  for (let tries = 0; tries < 300; tries++) {
    const asset = props.getAsset(name, props.field);
    if (asset && asset.path !== LOADING && (asset.fileObj || asset.url)) {
      const blob = asset.fileObj ?? (await (await fetch(asset.url)).blob());
      return new Uint8Array(await blob.arrayBuffer());
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('timeout');
}

const PENDING = Symbol('pending');
const CHECKING = '正在按网站构建的规则检查数据文件…';

function plain(value: unknown): unknown {
  return value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
}

/** A file control whose chosen data file must pass its type's check before the entry can be saved. */
export function withDataFileCheck<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class DataFileControl extends Component<P, { note: string }> {
    /** What was last checked: the file name and the entry's other fields the check reads. */
    private checkedKey: string | undefined;
    private problem: string | undefined | typeof PENDING;
    /** Shown under the field: that a check runs, or what it read; a problem is Decap's error. */
    override state = { note: '' };

    private subject(): { checker: Checker; name: string; data: Record<string, unknown>; key: string } | undefined {
      const { field, collection, value } = this.props;
      const checker = DATA_FILE_CHECKS[String(collection.get('name'))];
      if (!checker || field.get('media_folder') !== '' || typeof value !== 'string' || value === '') return undefined;
      const data = (plain(this.props.getEntry().getIn(['data'])) ?? {}) as Record<string, unknown>;
      return { checker, name: value, data, key: JSON.stringify([value, data['indicators'] ?? null]) };
    }

    private check(): void {
      const subject = this.subject();
      if (!subject || subject.key === this.checkedKey) return;
      const { checker, name, data, key } = subject;
      this.checkedKey = key;
      this.problem = PENDING;
      this.setState({ note: CHECKING });
      void (async () => {
        let result: CheckResult;
        try {
          result = await checker(await fileBytes(this.props, name), name, data);
        } catch {
          result = { problem: `无法读取数据文件 ${fileLabel(name)}；请重新上传` };
        }
        if (this.checkedKey !== key) return; // a newer file or new columns are being checked
        this.problem = result.problem;
        this.setState({ note: result.problem === undefined ? result.read : '' });
        this.props.validate();
      })();
    }

    override componentDidMount() {
      this.check();
    }
    override componentDidUpdate() {
      this.check();
    }

    isValid(): true | { error: { type: string; message: string } } {
      this.check(); // the indicator columns may have changed since the last render
      if (!this.subject()) return true;
      if (this.problem === PENDING) return { error: { type: 'CUSTOM', message: `${CHECKING}请稍候片刻再保存` } };
      return this.problem ? { error: { type: 'CUSTOM', message: this.problem } } : true;
    }

    /**
     * Decap reaches the control behind wrappers through `getWrappedInstance()` (as in
     * admin/required-with.ts) and asks it whether to re-render and whether it is valid: the file
     * control answers itself (it decides when a file chosen in the media library reaches the
     * field), and this wrapper's check comes before its own answer.
     */
    #inner: unknown = null;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };
    getWrappedInstance(): unknown {
      let inner = this.#inner as { getWrappedInstance?: () => unknown } | null;
      while (inner?.getWrappedInstance) inner = inner.getWrappedInstance() as typeof inner;
      if (!inner || typeof inner !== 'object') return inner;
      const target = inner as { isValid?: () => unknown };
      const isValid = () => {
        const own = this.isValid();
        return own !== true || !target.isValid ? own : target.isValid();
      };
      return new Proxy(target, {
        get: (object, key): unknown => (key === 'isValid' ? isValid : (Reflect.get(object, key, object) as unknown)),
      });
    }

    override render() {
      const control = h(Control, { ...this.props, ref: this.#setInner });
      // Always present, so screen readers announce the change (role=status is a live region).
      const note = h('p', { role: 'status', style: { margin: '0.5em 0 0', fontSize: '0.875em' } }, this.state.note);
      return h(Fragment, null, control, note);
    }
  };
}
