import { useTranslation } from 'react-i18next';
import type { DepartmentNode } from '../utils/build-tree';

function Branch({ nodes }: { nodes: DepartmentNode[] }) {
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.department.id}>
          <span className="tree-label">{node.department.name}</span>
          {node.children.length > 0 && <Branch nodes={node.children} />}
        </li>
      ))}
    </ul>
  );
}

export function DepartmentTree({ nodes }: { nodes: DepartmentNode[] }) {
  const { t } = useTranslation();
  if (nodes.length === 0) return <p>{t('departments.empty')}</p>;
  return (
    <div className="tree" role="group" aria-label={t('departments.treeLabel')}>
      <Branch nodes={nodes} />
    </div>
  );
}
