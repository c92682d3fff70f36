/**
 * The town an entry names (a story, a library profile or project) is checked as the build checks
 * it, at its field and before saving: a name not in the official divisions for its county is
 * refused with the build's message and the nearest official names (src/divisions/check-town.ts),
 * unless the published 新设与更名的镇 lists it. Before, such an entry was saved and published,
 * and the next build stopped on it.
 *
 * The check reads the entry's three names (省份, the county field, 镇) and shows a problem at the
 * field the problem is about. Decap asks a control `isValid()` synchronously; the divisions load
 * the first time (admin/town-data.ts). So, as admin/data-file.ts does, the wrapper checks in the
 * background when the names change, answers 正在检查 until the divisions are in, and asks Decap
 * to validate the field again once the answer is in; after that it answers at once (a field
 * whose neighbour changed learns it only when Decap asks), and again once the published list
 * has been read anew.
 */
import { Component, createElement as h, type ComponentType } from 'react';
import { innermostWith, type Validity } from './inner-validity.ts';
import { lastTownData, townData, type TownData } from './town-data.ts';
import { townFields, townProblem } from './validate.ts';

interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
}
interface ControlProps {
  field: ImmutableLike;
  collection: ImmutableLike;
  getEntry: () => ImmutableLike;
  validate: () => void;
}

const PENDING = Symbol('pending');
const CHECKING = '正在按网站构建的规则核对官方区划…请稍候片刻再保存';

function plain(value: unknown): Record<string, unknown> {
  const js = value && typeof value === 'object' && 'toJS' in value ? (value as { toJS(): unknown }).toJS() : value;
  return (js ?? {}) as Record<string, unknown>;
}

/** A string or select control that, on an entry naming a town, also says the build's problem with that town at its field. */
export function withTownCheck<P extends ControlProps>(Control: ComponentType<P>): ComponentType<P> {
  return class TownCheckedControl extends Component<P> {
    private checkedKey: string | undefined;
    private problem: string | undefined | typeof PENDING;

    /** The entry's town, when this field is one of its names. */
    private subject(): { type: string; data: Record<string, unknown>; key: string } | undefined {
      const type = String(this.props.collection.get('name'));
      const data = plain(this.props.getEntry().getIn(['data']));
      const fields = townFields(type, data);
      if (!fields.includes(String(this.props.field.get('name')))) return undefined;
      return { type, data, key: JSON.stringify(fields.map((f) => data[f])) };
    }

    private check(): void {
      const subject = this.subject();
      if (!subject) {
        this.checkedKey = undefined;
        this.problem = undefined;
        return;
      }
      if (subject.key === this.checkedKey) return;
      const { type, data, key } = subject;
      this.checkedKey = key;
      const name = String(this.props.field.get('name'));
      const answer = (towns: TownData) => {
        const found = townProblem(towns, type, data);
        return found?.field === name ? found.message : undefined;
      };
      // Once the divisions are in, at once; then again with the list as published now.
      const last = lastTownData();
      this.problem = last ? answer(last) : PENDING;
      void (async () => {
        let problem: string | undefined;
        try {
          problem = answer(await townData());
        } catch {
          problem = '无法读取官方区划数据，无法核对这个镇；请检查网络后重新载入页面';
        }
        if (this.checkedKey !== key || this.problem === problem) return; // newer names, or the same answer
        this.problem = problem;
        this.props.validate();
      })();
    }

    override componentDidMount() {
      this.check();
    }
    override componentDidUpdate() {
      this.check();
    }

    /** This field's own answer: its problem with the town, or whether a check still runs. */
    ownValidity(): Validity {
      this.check(); // another of the three names may have changed since this field rendered
      if (this.problem === PENDING) return { error: { type: 'CUSTOM', message: CHECKING } };
      return this.problem ? { error: { type: 'CUSTOM', message: this.problem } } : true;
    }

    #inner: unknown = null;
    readonly #setInner = (instance: unknown) => {
      this.#inner = instance;
    };
    getWrappedInstance(): unknown {
      return innermostWith(this.#inner, () => this.ownValidity());
    }

    override render() {
      return h(Control, { ...this.props, ref: this.#setInner });
    }
  };
}
