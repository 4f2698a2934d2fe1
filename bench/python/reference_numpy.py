"""The reference recipe as hand-written numpy: forward, dropout, backward and Adam."""

import os

os.environ.setdefault('OPENBLAS_NUM_THREADS', '1')

import numpy as np  # noqa: E402

from common import Report, load_split, loaded_blas, parse_args  # noqa: E402

LAYERS = [28 * 28, 64, 32, 10]
DROPOUT = 0.5
BATCH_SIZE = 10
LEARNING_RATE = 1e-4
BETAS = (0.9, 0.999)
EPSILON = 1e-8


def linear_params(rng, fan_in, fan_out):
    """PyTorch's default Linear init: both weight and bias U(-1/sqrt(fan_in), ...)."""
    bound = 1 / np.sqrt(fan_in)
    weight = rng.uniform(-bound, bound, (fan_in, fan_out)).astype(np.float32)
    bias = rng.uniform(-bound, bound, fan_out).astype(np.float32)
    return [weight, bias]


def cross_entropy(logits, targets):
    """Mean loss and the softmax probabilities it came from."""
    shifted = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(shifted)
    sums = exp.sum(axis=1, keepdims=True)
    picked = shifted[np.arange(len(targets)), targets]
    return float(np.mean(np.log(sums[:, 0]) - picked)), exp / sums


class Mlp:
    def __init__(self, rng):
        self.rng = rng
        self.params = []
        for fan_in, fan_out in zip(LAYERS, LAYERS[1:]):
            self.params += linear_params(rng, fan_in, fan_out)

    def logits(self, inputs):
        """Inference: no dropout."""
        w1, b1, w2, b2, w3, b3 = self.params
        hidden = np.maximum(inputs @ w1 + b1, 0)
        hidden = np.maximum(hidden @ w2 + b2, 0)
        return hidden @ w3 + b3

    def dropout_mask(self, shape):
        keep = self.rng.random(shape, dtype=np.float32) >= DROPOUT
        return keep.astype(np.float32) / np.float32(1 - DROPOUT)

    def loss_and_grads(self, inputs, targets):
        w1, b1, w2, b2, w3, b3 = self.params

        mask1 = self.dropout_mask((len(inputs), LAYERS[1]))
        hidden1 = np.maximum((inputs @ w1 + b1) * mask1, 0)
        mask2 = self.dropout_mask((len(inputs), LAYERS[2]))
        hidden2 = np.maximum((hidden1 @ w2 + b2) * mask2, 0)
        loss, probs = cross_entropy(hidden2 @ w3 + b3, targets)

        grad = probs
        grad[np.arange(len(targets)), targets] -= 1
        grad /= len(targets)
        grads_3 = [hidden2.T @ grad, grad.sum(axis=0)]

        grad = (grad @ w3.T) * (hidden2 > 0) * mask2
        grads_2 = [hidden1.T @ grad, grad.sum(axis=0)]

        grad = (grad @ w2.T) * (hidden1 > 0) * mask1
        grads_1 = [inputs.T @ grad, grad.sum(axis=0)]
        return loss, grads_1 + grads_2 + grads_3


class Adam:
    """The update torch.optim.Adam makes with its defaults and no weight decay."""

    def __init__(self, params):
        self.params = params
        self.moments = [np.zeros_like(p) for p in params]
        self.squares = [np.zeros_like(p) for p in params]
        self.step_count = 0

    def step(self, grads):
        self.step_count += 1
        beta1, beta2 = BETAS
        step_size = LEARNING_RATE / (1 - beta1**self.step_count)
        square_correction = np.sqrt(1 - beta2**self.step_count)

        state = zip(self.params, grads, self.moments, self.squares)
        for param, grad, moment, square in state:
            moment *= beta1
            moment += (1 - beta1) * grad
            square *= beta2
            square += (1 - beta2) * grad * grad
            denominator = np.sqrt(square) / square_correction + EPSILON
            param -= step_size * moment / denominator


def evaluate(model, images, labels):
    logits = model.logits(images)
    loss, _ = cross_entropy(logits, labels)
    return loss, float(np.mean(logits.argmax(axis=1) == labels))


def main():
    args = parse_args(__doc__)
    rng = np.random.default_rng(args.seed)

    train_x, train_y = load_split(args.data_dir, 'train')
    test_x, test_y = load_split(args.data_dir, 'test')
    steps_per_epoch = len(train_x) // BATCH_SIZE

    model = Mlp(rng)
    optimizer = Adam(model.params)
    report = Report()

    for epoch in range(args.epochs):
        report.start_epoch(epoch)
        order = rng.permutation(len(train_x))
        for batch in range(steps_per_epoch):
            index = order[batch * BATCH_SIZE : (batch + 1) * BATCH_SIZE]
            loss, grads = model.loss_and_grads(train_x[index], train_y[index])
            optimizer.step(grads)
            report.add_loss(batch, loss)

        report.end_training()
        report.end_epoch(*evaluate(model, test_x, test_y))

    details = {
        'numpy': np.__version__,
        'openblasThreads': os.environ.get('OPENBLAS_NUM_THREADS'),
        'blas': loaded_blas(),
    }
    report.finish(args.epochs * steps_per_epoch, details)


if __name__ == '__main__':
    main()
