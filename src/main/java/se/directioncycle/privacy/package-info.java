/**
 * Privacy rules of the shared space: free text is checked for personal data, and small counts are
 * suppressed when broken down.
 */
package se.directioncycle.privacy;
