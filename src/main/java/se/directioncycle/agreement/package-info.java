/**
 * The register of written cooperation agreements (*samverkansöverenskommelser*) between the municipality and
 * the police (docs/domain.md, the register of cooperation agreements): one `CooperationAgreement` process per agreement registers it, waits until
 * the renewal lead time before it expires, gives the coordinator a renewal task, and marks it expired if nothing
 * is decided before it runs out. Other features read the register through {@link CooperationAgreements}; this
 * package depends on `council` and `system` only.
 */
package se.directioncycle.agreement;
