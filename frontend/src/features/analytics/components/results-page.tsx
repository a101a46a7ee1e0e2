import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ErrorPanel } from '@/components/error-panel';
import { LoadingPage } from '@/components/loading-page';
import { useDepartments } from '@/features/departments/api/get-departments';
import { buildDepartmentTree, type DepartmentNode } from '@/features/departments/utils/build-tree';
import {
  useAnalyticsCycles,
  useHeatmap,
  usePerceptionGap,
  useScores,
  type CycleSummary,
} from '../api/analytics';
import { useTrends } from '../api/trends';
import { newestFirst, roleLevelLabel } from '../utils/figures';
import { GapTable } from './gap-table';
import { GroupFigures } from './group-figures';
import { HeatmapTable } from './heatmap-table';
import { TrendsTable } from './trends-table';

const EMPLOYEE_ROLE_LEVELS = ['TOP_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'SPECIALIST', 'FRONTLINE'];

export interface ResultsFilter {
  departmentId: string;
  roleLevel: string;
}

/** Pick a survey (newest first unless one is in the address), filter, and read its figures. */
export function ResultsPage({
  cycleId,
  filter,
  onFilterChange,
}: {
  cycleId: string | undefined;
  filter: ResultsFilter;
  onFilterChange: (filter: ResultsFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const cycles = useAnalyticsCycles();

  if (cycles.isPending) return <LoadingPage />;
  if (cycles.isError) {
    return <ErrorPanel error={cycles.error} onRetry={() => void cycles.refetch()} />;
  }
  const sorted = newestFirst(cycles.data);
  if (sorted.length === 0) return <p>{t('analytics.noCycles')}</p>;
  const cycle = sorted.find((c) => c.id === cycleId) ?? sorted[0]!;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });

  return (
    <>
      <div className="card results-filters">
        <div className="field">
          <label htmlFor={`${id}-cycle`}>{t('analytics.cycle')}</label>
          <select
            id={`${id}-cycle`}
            value={cycle.id}
            onChange={(event) => void navigate(`/results/${event.target.value}`)}
          >
            {sorted.map((c) => (
              <option key={c.id} value={c.id}>
                {t('analytics.cycleOption', {
                  name: c.name,
                  status: t(`analytics.status.${c.status}`),
                  date: dateFormat.format(new Date(c.opensAt)),
                })}
              </option>
            ))}
          </select>
        </div>
        <DepartmentFilter
          value={filter.departmentId}
          onChange={(departmentId) => onFilterChange({ ...filter, departmentId })}
        />
        <div className="field">
          <label htmlFor={`${id}-role`}>{t('analytics.roleLevel')}</label>
          <select
            id={`${id}-role`}
            value={filter.roleLevel}
            onChange={(event) => onFilterChange({ ...filter, roleLevel: event.target.value })}
          >
            <option value="">{t('analytics.allRoleLevels')}</option>
            {[...EMPLOYEE_ROLE_LEVELS, ...(cycle.outsideIn ? ['CUSTOMER'] : [])].map((level) => (
              <option key={level} value={level}>
                {roleLevelLabel(level, t)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <CycleFigures cycle={cycle} filter={filter} />
    </>
  );
}

function DepartmentFilter({
  value,
  onChange,
}: {
  value: string;
  onChange: (departmentId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const departments = useDepartments();
  const options: DepartmentNode[] = [];
  const visit = (nodes: DepartmentNode[]) =>
    nodes.forEach((node) => {
      options.push(node);
      visit(node.children);
    });
  visit(buildDepartmentTree(departments.data ?? [], i18n.language));

  return (
    <div className="field">
      <label htmlFor={`${id}-department`}>{t('analytics.department')}</label>
      <select id={`${id}-department`} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('analytics.allDepartments')}</option>
        {options.map((node) => (
          <option key={node.department.id} value={node.department.id}>
            {'\u00a0\u00a0'.repeat(node.depth)}
            {node.department.name}
          </option>
        ))}
      </select>
    </div>
  );
}

function CycleFigures({ cycle, filter }: { cycle: CycleSummary; filter: ResultsFilter }) {
  const { t } = useTranslation();
  const scores = useScores(cycle.id, filter.departmentId, filter.roleLevel);
  const heatmap = useHeatmap(cycle.id);
  const gap = usePerceptionGap(cycle.id, filter.departmentId);
  const trends = useTrends({
    departmentId: filter.departmentId || undefined,
    roleLevel: filter.roleLevel || undefined,
  });

  return (
    <>
      <p className="muted">
        {cycle.status === 'OPEN' ? t('analytics.liveNote') : t('analytics.finalNote')}{' '}
        {t('analytics.thresholdNote', { threshold: cycle.anonymityThreshold })}
      </p>
      {scores.isPending ? (
        <LoadingPage />
      ) : scores.isError ? (
        <ErrorPanel error={scores.error} onRetry={() => void scores.refetch()} />
      ) : (
        <GroupFigures figures={scores.data} />
      )}
      {heatmap.isPending ? (
        <LoadingPage />
      ) : heatmap.isError ? (
        <ErrorPanel error={heatmap.error} onRetry={() => void heatmap.refetch()} />
      ) : (
        <HeatmapTable heatmap={heatmap.data} />
      )}
      {gap.isPending ? (
        <LoadingPage />
      ) : gap.isError ? (
        <ErrorPanel error={gap.error} onRetry={() => void gap.refetch()} />
      ) : (
        <GapTable gap={gap.data} threshold={cycle.anonymityThreshold} />
      )}
      {trends.isPending ? (
        <LoadingPage />
      ) : trends.isError ? (
        <ErrorPanel error={trends.error} onRetry={() => void trends.refetch()} />
      ) : (
        <TrendsTable trends={trends.data} />
      )}
    </>
  );
}
