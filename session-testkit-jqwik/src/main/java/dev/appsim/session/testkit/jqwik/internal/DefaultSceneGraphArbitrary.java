package dev.appsim.session.testkit.jqwik.internal;

import dev.appsim.session.model.SceneGraph;
import dev.appsim.session.testkit.jqwik.SceneGraphArbitrary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/** {@link SceneGraphArbitrary} over {@link Settings}; each setting clones. */
public final class DefaultSceneGraphArbitrary extends ArbitraryDecorator<SceneGraph> implements SceneGraphArbitrary {
  private Settings settings;

  public DefaultSceneGraphArbitrary(Settings settings) {
    this.settings = settings;
  }

  @Override
  protected Arbitrary<SceneGraph> arbitrary() {
    return Scenes.graphs(settings);
  }

  private SceneGraphArbitrary with(Settings changed) {
    DefaultSceneGraphArbitrary copy = typedClone();
    copy.settings = changed;
    return copy;
  }

  @Override
  public SceneGraphArbitrary withNodes(int min, int max) {
    return with(settings.withNodes(min, max));
  }

  @Override
  public SceneGraphArbitrary withExtensionDepth(int depth) {
    return with(settings.withExtensionDepth(depth));
  }

  @Override
  public SceneGraphArbitrary withoutExtensions() {
    return with(settings.withExtensions(false));
  }

  @Override
  public SceneGraphArbitrary nasty() {
    return with(settings.withNasty(true));
  }
}
