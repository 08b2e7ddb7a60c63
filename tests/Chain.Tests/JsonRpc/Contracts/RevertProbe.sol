// SPDX-License-Identifier: MIT
pragma solidity 0.8.30;

/// Test contract for the JSON-RPC client tests: one function per revert shape, and a
/// state-changing function that emits a log and can be made to fail after it ran.
contract RevertProbe {
    uint256 public counter;

    event Bumped(address indexed by, uint256 value);

    function nope() external pure {
        require(false, "nope");
    }

    function divide(uint256 a, uint256 b) external pure returns (uint256) {
        return a / b;
    }

    function bare() external pure {
        revert();
    }

    function bump(bool fail) external {
        counter += 1;
        emit Bumped(msg.sender, counter);
        require(!fail, "bump refused");
    }
}
