// The one table of the workspace (TanStack Table): sortable columns, pages, a row filter, CSV
// export of what is shown (every row, not only the page; cells neutralised against spreadsheet
// formulas). Cells never break inside a word: a column is as wide as its content needs and the
// table scrolls sideways inside its drawer when the columns outgrow it.
import {
  flexRender,
  getCoreRowModel,
  getFilteredRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { csvCell } from '../../graph/csv-cell.ts';

export interface Column<Row> {
  id: string;
  /** Translated header. */
  header: string;
  /** The value sorted, filtered and exported. */
  value: (row: Row) => string | number | null | undefined;
  /** What is drawn; the value when omitted. */
  cell?: (row: Row) => ReactNode;
  /** Numbers align right and sort numerically. */
  numeric?: boolean;
}

export interface DataTableProps<Row> {
  /** For test ids and the export's file name. */
  name: string;
  rows: Row[];
  columns: Column<Row>[];
  pageSize?: number;
  rowKey?: (row: Row, index: number) => string;
  onRowClick?: (row: Row) => void;
  /** The row drawn as selected. */
  isActive?: (row: Row) => boolean;
  initialSort?: { id: string; desc: boolean };
  caption?: string;
}

export function DataTable<Row>({
  name,
  rows,
  columns,
  pageSize = 25,
  rowKey,
  onRowClick,
  isActive,
  initialSort,
  caption,
}: DataTableProps<Row>): ReactNode {
  const { t } = useTranslation();
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [initialSort] : []);
  const [filter, setFilter] = useState('');
  const defs = useMemo<ColumnDef<Row>[]>(
    () =>
      columns.map((c) => ({
        id: c.id,
        header: c.header,
        accessorFn: (r: Row) => c.value(r) ?? '',
        cell: (info) => (c.cell ? c.cell(info.row.original) : String(c.value(info.row.original) ?? '—')),
        sortingFn: c.numeric ? 'basic' : 'alphanumeric',
        meta: { numeric: c.numeric },
      })),
    [columns],
  );
  const table = useReactTable({
    data: rows,
    columns: defs,
    state: { sorting, globalFilter: filter },
    onSortingChange: setSorting,
    onGlobalFilterChange: setFilter,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    getRowId: rowKey ? (r, i) => rowKey(r, i) : undefined,
    initialState: { pagination: { pageSize, pageIndex: 0 } },
    autoResetPageIndex: true,
  });

  const exportCsv = () => {
    const shown = table.getPrePaginationRowModel().rows;
    const lines = [columns.map((c) => csvCell(c.header)).join(',')];
    for (const r of shown) lines.push(columns.map((c) => csvCell(c.value(r.original) ?? '')).join(','));
    const blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${name}.csv`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const pages = Math.max(1, table.getPageCount());
  const total = table.getPrePaginationRowModel().rows.length;
  return (
    <div className="data-table" data-table={name}>
      <div className="data-table-bar">
        <input
          type="search"
          className="data-table-filter"
          placeholder={t('table.filter')}
          aria-label={t('table.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <span className="muted">{t('table.rows', { count: total })}</span>
        <span className="spacer" />
        <button type="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
          {t('table.previous')}
        </button>
        <span className="muted">
          {t('table.page', { page: table.getState().pagination.pageIndex + 1, pages })}
        </span>
        <button type="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
          {t('table.next')}
        </button>
        <button type="button" onClick={exportCsv} disabled={total === 0}>
          {t('table.exportCsv')}
        </button>
      </div>
      <div className="data-table-scroll">
        <table>
          {caption && <caption className="visually-hidden">{caption}</caption>}
          <thead>
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const sorted = h.column.getIsSorted();
                  const numeric = (h.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <th
                      key={h.id}
                      className={numeric ? 'num' : undefined}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                    >
                      <button
                        type="button"
                        className="th-sort"
                        onClick={h.column.getToggleSortingHandler()}
                        title={t('table.sortBy', { column: String(h.column.columnDef.header) })}
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        <span aria-hidden="true">
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}
                        </span>
                      </button>
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((r) => (
              <tr
                key={r.id}
                className={[onRowClick ? 'clickable' : '', isActive?.(r.original) ? 'active' : ''].join(' ')}
                onClick={onRowClick ? () => onRowClick(r.original) : undefined}
              >
                {r.getVisibleCells().map((c) => {
                  const numeric = (c.column.columnDef.meta as { numeric?: boolean } | undefined)?.numeric;
                  return (
                    <td key={c.id} className={numeric ? 'num' : undefined}>
                      {flexRender(c.column.columnDef.cell, c.getContext())}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {total === 0 && <p className="muted empty">{t('table.empty')}</p>}
      </div>
    </div>
  );
}
