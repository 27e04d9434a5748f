package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.MeshBlock;
import dev.appsim.session.testkit.jqwik.MeshBlockArbitrary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** {@link MeshBlockArbitrary} over {@link Settings}; each setting clones. */
public final class DefaultMeshBlockArbitrary extends ArbitraryDecorator<MeshBlock> implements MeshBlockArbitrary {
  private Settings settings;

  public DefaultMeshBlockArbitrary(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected Arbitrary<MeshBlock> arbitrary() {
    return Caches.meshBlocks(settings);
  }

  private MeshBlockArbitrary with(Settings changed) {
    DefaultMeshBlockArbitrary copy = typedClone();
    copy.settings = changed;
    return copy;
  }

  @Override
  public MeshBlockArbitrary withVertices(int min, int max) {
    return with(settings.withVertices(min, max));
  }

  @Override
  public MeshBlockArbitrary withoutExtensions() {
    return with(settings.withExtensions(false));
  }

  @Override
  public MeshBlockArbitrary nasty() {
    return with(settings.withNasty(true));
  }
}
