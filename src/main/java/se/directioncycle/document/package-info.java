/**
 * Public documents (allmänna handlingar): the PDFs each phase leaves, made once when the phase announces its
 * event and kept with a checksum; their download (logged), the open-data download of published promises,
 * and the archive package. Owns the documents and the download log.
 */
package se.directioncycle.document;
