/* tslint:disable */
/* eslint-disable */
export interface ExportRequest {
  format: ExportRequestFormatEnum;
}

export const ExportRequestFormatEnum = { Pdf: 'pdf' } as const;
export type ExportRequestFormatEnum = (typeof ExportRequestFormatEnum)[keyof typeof ExportRequestFormatEnum];

export function ExportRequestToJSON(value?: ExportRequest | null): any {
  if (value == null) return value;
  return { format: value['format'] };
}

export interface Sample {
  id: string;
  name?: string;
}

export interface Operation {
  id: string;
  status: 'acknowledged' | 'queued' | 'started' | 'completed' | 'cancelled' | 'failed';
  resourceUrl?: string;
  created?: Date;
  updated?: Date;
}

export function OperationFromJSON(json: any): Operation {
  return {
    id: json['id'],
    status: json['status'],
    resourceUrl: json['resourceUrl'] ?? json['resourceURL'],
    created: json['created'] == null ? undefined : new Date(json['created']),
    updated: json['updated'] == null ? undefined : new Date(json['updated']),
  };
}
