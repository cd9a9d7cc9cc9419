export interface ExportFileDto {
  name: string;
  url: string;
  bytes: number;
}

export interface ExportDto {
  exportId: string;
  format: string;
  level: string;
  approvedOnly: boolean;
  items: number;
  warnings: string[];
  files: ExportFileDto[];
}
