/* eslint-disable no-var */
'use strict';

var http = require('http');
var https = require('https');
var url = require('url');
var EventEmitter = require('events').EventEmitter;
var inherits = require('util').inherits;

var ROUTES = {
  sample: '/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s',
  attachmentExport: '/prototype/platform/audits/%s/procedures/%s/matrices/%s/samples/%s/attachments/%s/export' // blind-corpus: path=legacy-https-1
};

function fill(route) {
  var args = Array.prototype.slice.call(arguments, 1);
  var i = 0;
  return route.replace(/%s/g, function () { return encodeURIComponent(args[i++]); });
}

function WorkivaLegacy(config) {
  EventEmitter.call(this);
  this.endpoint = url.parse(config.endpoint);
  this.token = config.token;
  this.pollFloorMs = config.pollFloorMs || 1000;
}
inherits(WorkivaLegacy, EventEmitter);

WorkivaLegacy.prototype._send = function (method, pathOrHref, body, accept, done) {
  var target = /^https?:/.test(pathOrHref) ? url.parse(pathOrHref) : null;
  var proto = (target || this.endpoint).protocol === 'https:' ? https : http;
  var headers = { 'Authorization': 'Bearer ' + this.token, 'Accept': accept || 'application/json' };
  var payload = null;
  if (body) {
    payload = JSON.stringify(body);
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = Buffer.byteLength(payload);
  }
  var opts = {
    method: method,
    hostname: (target || this.endpoint).hostname,
    port: (target || this.endpoint).port,
    path: target ? target.path : pathOrHref,
    headers: headers
  };
  var self = this;
  var req = proto.request(opts, function (res) {
    var bufs = [];
    res.on('data', function (d) { bufs.push(d); });
    res.on('end', function () {
      var raw = Buffer.concat(bufs);
      self.emit('response', method, opts.path, res.statusCode);
      done(null, res, raw);
    });
  });
  req.on('error', done);
  if (payload) req.write(payload);
  req.end();
};

WorkivaLegacy.prototype.startAttachmentExport = function (job, done) {
  this._send('POST', fill(ROUTES.attachmentExport, job.audit, job.procedure, job.matrix, job.sample, job.attachment), { format: 'pdf' }, null, function (err, res, raw) { // blind-corpus: site=legacy-https-1
    if (err) return done(err);
    if (res.statusCode !== 202) {
      var problem = {};
      try { problem = JSON.parse(raw.toString()); } catch (e) { /* ignore */ }
      return done(new Error('Workiva export error ' + res.statusCode + ': ' + (problem.message || raw.toString())));
    }
    done(null, res.headers.location, parseInt(res.headers['retry-after'], 10) || 1);
  });
};

WorkivaLegacy.prototype.pollUntilDone = function (location, waitSeconds, done) {
  var self = this;
  setTimeout(function () {
    self._send('GET', location, null, null, function (err, res, raw) {
      if (err) return done(err);
      var op = JSON.parse(raw.toString());
      self.emit('progress', op.status);
      if (op.status === 'completed') return done(null, op.resourceUrl || op.resourceURL);
      if (op.status === 'failed' || op.status === 'cancelled') return done(new Error('operation ' + op.id + ' ' + op.status));
      self.pollUntilDone(location, parseInt(res.headers['retry-after'], 10) || 1, done);
    });
  }, Math.max(waitSeconds * 1000, self.pollFloorMs) + 50);
};

WorkivaLegacy.prototype.downloadFile = function (href, done) {
  this._send('GET', href, null, 'application/pdf', function (err, res, raw) {
    if (err) return done(err);
    if (res.statusCode !== 200) return done(new Error('download failed ' + res.statusCode));
    done(null, raw);
  });
};

WorkivaLegacy.prototype.exportAttachment = function (job, done) {
  var self = this;
  self.startAttachmentExport(job, function (err, location, retryAfter) {
    if (err) return done(err);
    self.pollUntilDone(location, retryAfter, function (err2, fileUrl) {
      if (err2) return done(err2);
      self.downloadFile(fileUrl, done);
    });
  });
};

module.exports = { WorkivaLegacy: WorkivaLegacy, ROUTES: ROUTES };
